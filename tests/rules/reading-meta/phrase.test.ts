import rule from '../../../src/rules/reading-meta/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    // Player words of one language are a heading or a word of the text on a page of another.
    { doc: ["Lecture"], lang: 'en' },
    { doc: ["Video"], lang: 'it' },
    { doc: ["Pause"], lang: 'nl' },
    { doc: ["The minister read the statement aloud to the room."] },
    { doc: ["Updated figures show the river rose by two metres."] },
  ],
  invalid: [
    { doc: ["Lecture"], lang: 'fr' },
    { doc: ["Video"], lang: 'en' },
    { doc: ["Video"], lang: 'de' },
    { doc: ["5 min read"] },
    { doc: ["Reading time: 3 minutes"] },
    { doc: ["Lesezeit: 4 Minuten"] },
    { doc: ["Print this article"] },
  ],
});
