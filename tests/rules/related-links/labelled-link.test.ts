import rule from '../../../src/rules/related-links/labelled-link.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = '<p>The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.</p>';

ruleCases(rule, {
  valid: [
    // Same topic: a quote opened by a colon with a link inside, but mostly plain text.
    { doc: `${PARA}<p>The minister said: <a href="/r">the report</a> was published on Monday, a week later than planned.</p>` },
    // A linked line with a long lead before the colon is a sentence, not a label.
    { doc: `${PARA}<p><a href="/a">What the harbour master told the council about the ferry: a long story</a></p>` },
    // A bare web address is not a label.
    { doc: `${PARA}<p><a href="http://gazette.example/ferry">http://gazette.example/ferry-returns-to-service</a></p>` },
  ],
  invalid: [
    { doc: `${PARA}<p>Read: <a href="/a">Harbour fire leaves dozens without homes on the east bank</a></p>` },
    { doc: `${PARA}<p>MIRA: <a href="/b">Capturan a tres hombres tras un operativo en el puerto</a></p>` },
    { doc: `${PARA}<p><a href="/c">&gt;&gt; Fähre: Stadt plant neue Verbindung über den See &lt;&lt;</a></p>` },
    { doc: `${PARA}<p>[Related: <a href="/e">Harbour council approves the new ferry timetable</a>]</p>` },
    { doc: `${PARA}<p>Lesen Sie auch: <a href="/d">Die alte Fähre kehrt im Frühjahr zurück</a></p>` },
  ],
});
