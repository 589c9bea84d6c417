/**
 * Locates the article among the lines of a visible-text dump: features, a first label per line,
 * context smoothing, the heaviest span of prose, then the lines to drop inside it.
 */
import type { PageKind } from '../../types.js';
import type { Block } from '../../segment/block.js';
import { stopwordSet } from '../../features/stopwords.js';
import { classifyLine, type LineClass } from './classify.js';
import { lineFeatures, type LineFeatures } from './line-features.js';
import { heaviestSpan, lineWeight, positionPrior, type Span } from './region.js';
import { smooth } from './smooth.js';
import { commentsStart } from './comments.js';
import { stopwordsInformative } from './stopword-evidence.js';

export interface LineRemoval {
  kind: PageKind;
  ruleId: string;
  reason: string;
}

export interface LocatedLines {
  /** One entry per block: undefined when the line belongs to the article. */
  removals: (LineRemoval | undefined)[];
  span: Span;
  features: LineFeatures[];
  classes: LineClass[];
}

export function locateLines(blocks: readonly Block[], lang: string | undefined): LocatedLines {
  const stopwords = stopwordSet(lang);
  const features = lineFeatures(blocks, stopwords);
  const informative = stopwordsInformative(features, stopwords !== null);
  const first = features.map((f) => classifyLine(f, informative));
  const classes = smooth(first);
  const weights = classes.map((c, i) => positionPrior(lineWeight(c, features[i]), i, blocks.length));
  let span = heaviestSpan(weights);
  const comments = commentsStart(features, classes);
  if (comments >= 0 && comments <= span.end) {
    // The article ends where the comments start; if the heaviest prose was the comments, look before them.
    span = comments > span.start ? { start: span.start, end: comments - 1 } : heaviestSpan(weights.slice(0, comments));
  }
  const removals: (LineRemoval | undefined)[] = blocks.map((_, i) => {
    if (i < span.start) return { kind: 'navigation', ruleId: 'text-page/before-article', reason: 'a line before the article starts' };
    if (comments >= 0 && i >= comments) return { kind: 'comments', ruleId: 'text-page/comments', reason: 'a line of the comment section after the article' };
    if (i > span.end) return { kind: 'footer', ruleId: 'text-page/after-article', reason: 'a line after the article ends' };
    if (classes[i] === 'bad') return { kind: 'page-chrome', ruleId: 'text-page/furniture', reason: 'a line inside the article that reads as page furniture' };
    return undefined;
  });
  return { removals, span, features, classes };
}
