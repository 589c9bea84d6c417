import rule from '../../../src/rules/follow-prompt/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["El club tiene canal en YouTube desde 2019, explicó su presidente."], lang: "es" },
    { doc: ["Follow-up talks are planned for next week."] },
    { doc: ["Police will follow the lead, a spokesman said."] },
  ],
  invalid: [
    { doc: ["Follow us on Twitter"] },
    { doc: ["Folgen Sie uns auf Instagram"] },
    { doc: ["Síguenos en Facebook"] },
  ],
});
