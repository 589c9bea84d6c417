import rule from '../../../src/rules/reading-meta/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["The minister read the statement aloud to the room."] },
    { doc: ["Updated figures show the river rose by two metres."] },
  ],
  invalid: [
    { doc: ["5 min read"] },
    { doc: ["Reading time: 3 minutes"] },
    { doc: ["Lesezeit: 4 Minuten"] },
    { doc: ["Print this article"] },
  ],
});
