/**
 * A lede with no name: a bare `<p>` of sentences between the headline and the body, outside the
 * body's container. Templates style their display decks and summaries through a class on the
 * paragraph or its box (`dek`, `standfirst`, `article__lead`, `itemprop="description"`), and
 * readers take those for the headline's; a paragraph that neither it nor any box around it names
 * is the writer's own opening, which the template printed apart (the first paragraph set above a
 * picture, or in the header for its larger type).
 */
import type { ElementRecord } from './text-stats.js';

/** Class and id words of a display deck or summary box: whole words after splitting (see hintWords). */
const DECK_WORDS: ReadonlySet<string> = new Set([
  'dek', 'deck', 'standfirst', 'subtitle', 'subheadline', 'subhead', 'strapline', 'summary', 'lead', 'lede',
  'intro', 'description', 'abstract',
]);
/** schema.org properties that declare a box the page's summary. */
const SUMMARY_PROP = /description|abstract/i;
/** Sentences end in a stop, a question or exclamation mark, or a closing quote. */
const SENTENCE_END = /[.!?…»«“”"']$/;

function insideHeadline(records: readonly ElementRecord[], k: number): boolean {
  for (let a = records[k].parent; a > 0; a = records[a].parent) if (records[a].tag === 'h1') return true;
  return false;
}

/**
 * Whether the paragraph is the first prose after the page's headline: a lede opens the story. An
 * unnamed paragraph further down (an author's note after the article, a teaser's text) is not one.
 */
function firstAfterHeadline(records: readonly ElementRecord[], j: number): boolean {
  for (let k = j - 1; k > 0; k--) {
    const r = records[k];
    if (r.end > j) continue; // an ancestor of j
    if (r.tag === 'h1') return true;
    // A block of prose of its own stands between, unless it is the headline's text box.
    if (r.prose > 0 && r.own && r.own.chars === r.chars) return insideHeadline(records, k);
  }
  return false;
}

/**
 * Whether record j is such a paragraph: an unnamed `<p>` without nested blocks, read as prose,
 * ending a sentence, first after the headline, in no named deck box up to the element it shares
 * with the root.
 */
export function isPlainLede(records: readonly ElementRecord[], j: number, root: number): boolean {
  const r = records[j];
  if (r.tag !== 'p' || r.words.length > 0 || r.prose === 0 || !r.own || r.own.chars !== r.chars) return false;
  if (!SENTENCE_END.test((r.el.textContent ?? '').trim())) return false;
  if (!firstAfterHeadline(records, j)) return false;
  for (let a = r.parent; a > 0 && !(a < root && root < records[a].end); a = records[a].parent) {
    if (records[a].words.some((w) => DECK_WORDS.has(w))) return false;
    if (SUMMARY_PROP.test(records[a].el.getAttribute('itemprop') ?? '')) return false;
  }
  return true;
}
