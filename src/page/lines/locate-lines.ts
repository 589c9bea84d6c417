/**
 * Locates the article among the lines of a visible-text dump: features, a first label per line,
 * context smoothing, the heaviest span of prose, then the lines to drop inside it.
 */
import type { Block } from '../../segment/block.js';
import { stopwordSet } from '../../features/stopwords.js';
import { classifyLine, type LineClass } from './classify.js';
import { lineFeatures, type LineFeatures } from './line-features.js';
import { extendToLead, extendToOpening, extendToTimeline, trimTail, heaviestSpan, lineWeight, positionPrior, type Span } from './region.js';
import { smooth } from './smooth.js';
import { isDateline } from './datelines.js';
import { commentsStart } from './comments.js';
import { teaserLines } from './teasers.js';
import { blurbLines } from './blurbs.js';
import { tableLines } from './tables.js';
import { timelineRuns, type TimelineRun } from './timelines.js';
import { furnitureRuns, isCaptionCredit, isLabelledLink, nameRemoval, type LineRemoval } from './page-kinds.js';

export type { LineRemoval };
import { stopwordsInformative } from './stopword-evidence.js';


export interface LocatedLines {
  /** One entry per block: undefined when the line belongs to the article. */
  removals: (LineRemoval | undefined)[];
  span: Span;
  features: LineFeatures[];
  classes: LineClass[];
  /** Timelines found among the lines; those inside the span are left to the article's rules. */
  timelines: TimelineRun[];
}

const TEASER_INSIDE: LineRemoval = { kind: 'teaser-list', ruleId: 'text-page/teaser-run', reason: 'a headline in a run of headlines that never end a sentence, inside the article' };

const CAPTION_INSIDE: LineRemoval = { kind: 'page-chrome', ruleId: 'text-page/caption-credit', reason: 'a picture caption or credit among the article lines' };

const LINK_INSIDE: LineRemoval = { kind: 'teaser-list', ruleId: 'text-page/labelled-link', reason: 'a label and a headline that ends no sentence: a link to another article among the paragraphs' };

export function locateLines(blocks: readonly Block[], lang: string | undefined): LocatedLines {
  const stopwords = stopwordSet(lang);
  const features = lineFeatures(blocks, stopwords);
  const informative = stopwordsInformative(features, stopwords !== null);
  const first = features.map((f) => classifyLine(f, informative));
  const texts = blocks.map((b) => b.text);
  // A timeline's dates and short events are the article's: smoothed as prose, so a heading over
  // them stays with them, and left to the rules, which tell a timeline from dated teasers.
  const timelines = timelineRuns(first, features, texts);
  const timeline = new Array<boolean>(blocks.length).fill(false);
  for (const run of timelines) for (let k = run.start; k <= run.end; k++) timeline[k] = true;
  const classes = smooth(timeline.includes(true) ? first.map((c, i) => (timeline[i] ? 'good' : c)) : first);
  // Teaser runs are removed, but located with the rest: marking them before the span search splits
  // articles whose lists look like teasers, and the span search already weighs them little.
  const teasers = teaserLines(first, features, texts);
  const blurbs = blurbLines(first, features, texts);
  for (let i = 0; i < teasers.length; i++) teasers[i] = blurbs[i] || (teasers[i] && !timeline[i]);
  // A table's cells weigh nothing either way: inside an article they must not split it. Nor do a
  // timeline's short lines: only a timeline right after the article's last line closes it (below).
  const tables = tableLines(features, texts);
  const neutral = (i: number) => tables[i] || (timeline[i] && first[i] !== 'good');
  const weights = positionPrior(classes.map((c, i) => (neutral(i) ? 0 : lineWeight(c, features[i]))));
  let span = heaviestSpan(weights);
  const comments = commentsStart(features, classes);
  if (comments >= 0 && comments <= span.end) {
    // The article ends where the comments start; if the heaviest prose was the comments, look before them.
    span = comments > span.start ? { start: span.start, end: comments - 1 } : heaviestSpan(weights.slice(0, comments));
  }
  // A line the page repeats (a notice, a slogan) is not the article's first paragraph.
  span = extendToLead(span, classes, (i) => features[i].repeats === 1, (i) => isDateline(features[i], blocks[i].text), (i) => tables[i]);
  // Opening lines are short, so smoothing left them furniture: they are kept by name below.
  const opens = (i: number) => features[i].sentenceEnd && features[i].words >= 3 && !isCaptionCredit(features[i], texts[i]);
  const body = span.start;
  span = extendToOpening(span, opens);
  span = trimTail(span, (i) => (classes[i] !== 'bad' || tables[i]) && !teasers[i], (i) => features[i].size);
  // The article does not end on a line that only smoothing made prose (a link back home at the
  // page's end): a short line between paragraphs is a subheading, after the last one it is not.
  while (span.end > span.start && (first[span.end] === 'short' || first[span.end] === 'bad')) span = { start: span.start, end: span.end - 1 };
  // A timeline may close the article: its short lines weighed nothing, so the span stopped before it.
  span = extendToTimeline(span, timelines, comments);
  const runs = furnitureRuns(classes);
  const lastProse = classes.lastIndexOf('good');
  const removals: (LineRemoval | undefined)[] = blocks.map((b, i) => {
    const f = features[i];
    if (comments >= 0 && i >= comments) return { kind: 'comments', ruleId: 'text-page/comments', reason: 'a line of the comment section after the article' };
    if (i < span.start) return nameRemoval(f, 'before', runs[i], b.text, false);
    if (i > span.end) return nameRemoval(f, 'after', runs[i], b.text, i > lastProse);
    if (teasers[i]) return TEASER_INSIDE;
    if (isCaptionCredit(f, b.text)) return CAPTION_INSIDE;
    if (isLabelledLink(f, b.text)) return LINK_INSIDE;
    if (classes[i] === 'bad' && !tables[i] && !(i < body && opens(i))) return nameRemoval(f, 'inside', runs[i], b.text, false);
    return undefined;
  });
  return { removals, span, features, classes, timelines };
}
