import rule from '../../../src/rules/syndication-credit/citation-note.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The harbour court ruled on Tuesday that the old quay may be rebuilt, ending a dispute of ten years.';

ruleCases(rule, {
  valid: [
    // Sentences that open with a citation label's words.
    { doc: [PARA, 'Cite as many rulings as you can, the judge told the clerks, and check each of them twice.'] },
    { doc: [PARA, 'Suggested citation changes from 2019, such as dropping the page numbers, were rejected by the editors.'] },
    { doc: [PARA, 'Pour citer ce texte de Hugo, la ministre a choisi le passage le plus connu, écrit en 1862.'], lang: 'fr' },
    // The label without a citation after it.
    { doc: [PARA, 'Suggested citation: see the note below.'] },
  ],
  invalid: [
    { doc: [PARA, 'Suggested citation: Roe, Jane: Harbour Law in a Storm, Harbour Review, 2021/3/02.'] },
    { doc: [PARA, 'SUGGESTED CITATION Roe, Jane: Harbour Law in a Storm, Harbour Review, 2021/3/02, https://review.example/harbour-law/.'] },
    { doc: [PARA, 'Pour citer cet article : Jane Roe, « Le port dans la tempête », Revue du port, 2021.'], lang: 'fr' },
    { doc: [PARA, 'Para citar este artículo: Roe, J., «El puerto en la tormenta», Revista del puerto, 2021.'], lang: 'es' },
  ],
});
