/**
 * A lede with no name: a bare `<p>` of sentences between the headline and the body, outside the
 * body's container. Templates style their display decks and summaries through a class on the
 * paragraph or its box (`dek`, `standfirst`, `article__lead`, `itemprop="description"`), and
 * readers take those for the headline's; a paragraph that neither it nor any box around it names
 * is the writer's own opening, which the template printed apart (the first paragraph set above a
 * picture, or in the header for its larger type).
 */
import { boilerplateHint } from './hints.js';
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

interface Headings {
  /** The page's `<h1>`. */
  h1: number;
  /** The nearest `<h2>` between it and the paragraph, or -1: the page's title under a logo `<h1>`. */
  h2: number;
}

/**
 * The headings before the paragraph when it is the first prose after the page's `<h1>`, else
 * undefined: a lede opens the story. An unnamed paragraph further down (an author's note after the
 * article, a teaser's text) is not one.
 */
function headingsBefore(records: readonly ElementRecord[], j: number): Headings | undefined {
  let h2 = -1;
  for (let k = j - 1; k > 0; k--) {
    const r = records[k];
    if (r.end > j) continue; // an ancestor of j
    if (r.tag === 'h1') return { h1: k, h2 };
    if (r.tag === 'h2' && h2 < 0) h2 = k;
    // A block of prose of its own stands between, unless it is the headline's text box.
    if (r.prose > 0 && r.own && r.own.chars === r.chars) {
      for (let a = r.parent; a > 0; a = records[a].parent) if (records[a].tag === 'h1') return { h1: a, h2 };
      return undefined;
    }
  }
  return undefined;
}

/** Tags whose next paragraph is their caption or credit, not the story's opening. */
const MEDIA = new Set(['img', 'picture', 'video', 'figure', 'iframe', 'svg', 'audio']);

/**
 * Whether record j is such a paragraph: an unnamed `<p>` without nested blocks, read as prose,
 * ending a sentence, first after the headline, no picture's caption, in no box named a deck or
 * summary or page chrome (a byline, meta line, author bio, caption, sponsor note) up to the element
 * it shares with the root, which also holds the headline: the `<h1>`, or the `<h2>` between it and
 * the paragraph (a site's logo `<h1>` above a column of blurbs is no headline of the story; the
 * page title printed as `<h2>` under it is).
 */
export function isPlainLede(records: readonly ElementRecord[], j: number, root: number): boolean {
  const r = records[j];
  if (r.tag !== 'p' || r.words.length > 0 || r.prose === 0 || !r.own || r.own.chars !== r.chars) return false;
  if (!SENTENCE_END.test((r.el.textContent ?? '').trim())) return false;
  const headings = headingsBefore(records, j);
  if (!headings) return false;
  const previous = r.el.previousElementSibling;
  if (previous && MEDIA.has(previous.localName)) return false;
  let a = r.parent;
  for (; a > 0 && !(a < root && root < records[a].end); a = records[a].parent) {
    const words = records[a].words;
    if (words.some((w) => DECK_WORDS.has(w)) || boilerplateHint(words)) return false;
    if (SUMMARY_PROP.test(records[a].el.getAttribute('itemprop') ?? '')) return false;
  }
  const inside = (k: number): boolean => a >= 0 && a < k && k < records[a].end;
  return inside(headings.h1) || (headings.h2 >= 0 && inside(headings.h2));
}
