import type { Rule } from '../rule.js';

// A cross-link dropped between paragraphs: a short label and a colon, then the linked headline of another
// story ("Read: ...", "MIRA: ...", "Lesen Sie: ..."), or a linked headline marked by arrows (">> ... <<",
// "→ ..."). The bare link-list rule is unsure of one linked line mid-article (it may be a linked quote
// source); the label or the arrows say it is a pointer to elsewhere, in any language.
const LABELLED = /^[\s»›>•*([-]*[\p{L}][\p{L}'’ ]{0,24}:(?!\/\/)\s*\S/u;
// Only the opening arrow decides; a closing one is optional, so no tail is matched (a lazy tail before
// `\s*$` backtracks quadratically on a long run of whitespace such as U+FEFF).
const ARROWS = /^\s*(?:>{2,}|»|→|►|▶|&gt;&gt;)\s*\S/u;
const MIN_DENSITY = 0.75;
const MIN_WORDS = 4;
const MAX_WORDS = 25;
/** The label is a word or three, not a sentence that happens to end in a colon. */
const MAX_LABEL_WORDS = 3;
/** A headline, not a shop name or a handle ("See it now: Amazon", "Account: @name"). */
const MIN_HEADLINE_WORDS = 4;

const rule: Rule = {
  id: 'related-links/labelled-link',
  kind: 'related-links',
  languages: '*',
  description: 'A linked headline after a short label or arrows, like "Read: <headline>" or ">> <headline> <<": a pointer to another story.',
  examples: {
    kept: '<p>The minister said: <a href="/r">the report</a> was published on Monday, a week later than planned.</p>',
    removed: '<p>Read: <a href="/a">Harbour fire leaves dozens without homes on the east bank</a></p>',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (f.words < MIN_WORDS || f.words > MAX_WORDS || !block.linkChars) return null;
    if (LABELLED.test(block.text)) {
      const colon = block.text.indexOf(':');
      const labelWords = block.text.slice(0, colon).trim().split(/\s+/).length;
      // The headline after the label is the link: the label itself is plain text.
      const after = block.text.length - colon - 1;
      const headlineWords = block.text.slice(colon + 1).trim().split(/\s+/).length;
      if (labelWords <= MAX_LABEL_WORDS && headlineWords >= MIN_HEADLINE_WORDS && block.linkChars >= MIN_DENSITY * after) return { confidence: 0.85, reason: 'a linked headline after a short label' };
    }
    if (f.linkDensity >= MIN_DENSITY && ARROWS.test(block.text)) return { confidence: 0.85, reason: 'a linked headline marked by arrows' };
    return null;
  },
};

export default rule;
