import type { Rule } from '../rule.js';

// A number with one word beside it: "0 Comments", "Comments (3)", "12 Kommentare". A counter in
// any language, but also a date or a list number, so it needs the tail to agree (confidence below
// 0.8). A bare number counts only where the markup calls it a count: alone it is far more often a
// table cell, a list number or a page number (evaldata pages proved it).
//
// The word must be a counter's noun: any word beside a number is as often a unit ("390 kcal"),
// an address ("Ottostraße 14") or a spec line's value, which are article text (evaldata pages again).
const COUNT = /^ (?:\d+ ([^ \d]+)|([^ \d]+) \d+) $/u;
/** Counter nouns, normalised (lowercase, no accents): comments, replies, reactions, likes, shares, views, votes. */
const COUNTER_NOUN = /^(?:comments?|kommentare?|commentaires?|comentarios?|comment[io]|reacties?|komentarz[ey]?|repl(?:y|ies)|antwort(?:en)?|reponses?|respuestas?|rispost[ae]|odpowiedzi|reactions?|reaktion(?:en)?|reacciones|likes?|shares?|views?|aufrufe|vues|visitas|visualizzazioni|weergaven|wyswietle[nu]|wyswietlenia|votes?|stimmen|vot[io]s?)$/;
const BARE_NUMBER = /^ \d+ $/;
// A normal form that is a count has at most two words, so it is its own opening (the first two
// words): an opening that is no count rules the block out before its normal form is read, which
// a long block builds only when asked (src/features/compute.ts).
const COUNT_OPENING = /^(?:\d+ [^ \d]+|[^ \d]+ \d+|\d+)$/u;
const COUNT_HINT = /comment|count|reply|replies/;

const rule: Rule = {
  id: 'comment-counter/bare-count',
  kind: 'comment-counter',
  languages: '*',
  description: 'A bare count with at most one word, as comment and reaction counters show.',
  examples: {
    kept: 'Three people were hurt.',
    removed: 'Comments (3)',
  },
  test(block, index, context) {
    if (block.heading) return null;
    const f = context.features[index];
    if (!COUNT_OPENING.test(f.opening)) return null;
    const m = COUNT.exec(f.normalised);
    const counter = m !== null && COUNTER_NOUN.test(m[1] ?? m[2]);
    if (!counter && !(BARE_NUMBER.test(f.normalised) && COUNT_HINT.test(block.hints))) return null;
    return { confidence: 0.5, reason: 'a bare count with at most one word' };
  },
};

export default rule;
