import { markupRule } from '../markup-rule.js';

// A block the markup calls a picture caption. The page locator drops whole-word `caption` classes and
// <figcaption>; CMS themes also glue the word into others ("imagecaption", "image_caption_float",
// "image-description", German "bildunterschrift"/"bilduntertitel", "legend" beside a picture), which
// reach the article untouched. A caption describes a picture, so a reader of the article text does
// not miss it; a long block is running text whatever its class says.
const CAPTION_HINT = /caption|legende?\b|bildunterschrift|bilduntertitel|bildtext|image-?desc|img-?desc|photo-?desc|foto-?desc|pie-?de-?foto|didascalia/;
// Layout flags ("has-caption", "no-caption") describe a wrapper around the picture and its article.
const NEGATED = /\b(?:has|no|with|without)[-_]caption/;

const rule = markupRule({
  id: 'syndication-credit/caption-markup',
  kind: 'syndication-credit',
  description: 'A short block whose markup names it a picture caption ("image-caption", "bildunterschrift", "legend").',
  examples: {
    kept: '<div class="article-text"><p>The legend of the drowned bell is told in every village along the coast, and children still listen for it.</p></div>',
    removed: '<div class="imagecaption"><p>The old ferry leaves the quay for the last time. Harbour Press / J. Doe</p></div>',
  },
  names: (hints) => CAPTION_HINT.test(hints) && !NEGATED.test(hints),
  maxWords: 50,
  reason: 'the markup calls it a picture caption',
  isolated: true,
});

export default rule;
