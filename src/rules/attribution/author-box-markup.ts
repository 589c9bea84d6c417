import { markupRule } from '../markup-rule.js';

// The author box at the end of a post, known by its markup: "author-box", "author-bio", "about-author",
// or a plain "author"/"bio" class on the box. Its text is a short bio ("Jane Doe writes about ...") that
// phrase data cannot tell from a sentence of the story. The page locator drops such boxes when they stand
// apart; inside the article's own element they reach the rules.
const AUTHOR_HINT = /(?:^|[\s_-])(?:author|authors|autor|autorin|bio|biography)(?:[-_]?(?:box|bio|info|infos|description|desc|details|about|profile|wrap|wrapper|card|block))?(?=$|\s)/;
// WordPress tags posts with taxonomy classes ("author-jane", "category-bio"), which name the post, not a part.
const NOT_A_BOX = /(?:^|\s)(?:post|category|tag|has|no)-[\w-]*(?:author|bio)[\w-]*/g;

const rule = markupRule({
  id: 'attribution/author-box-markup',
  kind: 'attribution',
  description: 'A block inside an author box, known by its markup ("author-box", "author-bio"): the writer\'s bio.',
  examples: {
    kept: '<div class="entry-content"><p>The author of the report, a former harbour pilot, said the channel had silted up over twenty years.</p></div>',
    removed: '<div class="author-box"><p>Jane Doe has covered shipping for the Harbour Gazette since 2009.</p></div>',
  },
  names: (hints) => AUTHOR_HINT.test(hints.replace(NOT_A_BOX, ' ')),
  maxWords: 80,
  reason: 'the markup puts it in an author box',
});

export default rule;
