import { markupRule } from '../markup-rule.js';

// A block inside a related-stories list the markup names as such ("related-posts", "jp-relatedposts",
// "yarpp-related", "outbrain"): teaser titles, excerpts, dates. The page locator drops these lists when
// they stand apart from the article; a plugin that appends its list inside the article's own element
// leaves them to the rules, and a teaser excerpt reads like prose.
const RELATED_HINT = /(?:^|[\s_-])(?:related|relatedposts|related-posts|related-articles|yarpp|crp|outbrain|taboola|recirculation|more-stories)(?=$|[\s_-])/;
// Taxonomy and layout classes name the post or a flag, not a part of it.
const NOT_A_LIST = /(?:^|\s)(?:tag|category|post|has|no|with)-[\w-]*related[\w-]*/g;

const rule = markupRule({
  id: 'related-links/list-markup',
  kind: 'related-links',
  description: 'A block inside a list the markup calls related stories ("related-posts", "yarpp-related"): a teaser.',
  examples: {
    kept: '<div class="entry-content"><p>The related charges were dropped on Monday, the harbour authority said.</p></div>',
    removed: '<ul class="related-posts"><li><p>The old ferry returns: engineers finished the refit a week early, and the first crossing is set for April.</p></li></ul>',
  },
  names: (hints) => RELATED_HINT.test(hints.replace(NOT_A_LIST, ' ')),
  maxWords: 80,
  reason: 'the markup puts it in a related-stories list',
});

export default rule;
