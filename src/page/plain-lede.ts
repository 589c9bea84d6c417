/**
 * A lede with no name: a bare `<p>` of sentences between the headline and the body, outside the
 * body's container. Templates style their display decks and summaries through a class on the
 * paragraph or its box (`dek`, `standfirst`, `article__lead`, `itemprop="description"`), and
 * readers take those for the headline's; a paragraph that neither it nor any box around it names
 * is the writer's own opening, which the template printed apart (the first paragraph set above a
 * picture, or in the header for its larger type).
 */
import { boilerplateHint } from './hints.js';
import { UNSPACED_SCRIPT, WORD } from './language.js';
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

/** Letters of a word's stem compared: inflected forms share them (council, councillors). */
const STEM = 5;

/**
 * Whether the paragraph names something the headline names: a content word (four letters or
 * more, no stopword) with the same opening letters, or in scripts without spaces two characters
 * in a row. A lede retells the headline; a byline, a date line, an author's bio or a notice
 * about scripts, ad blockers or sponsors does not.
 */
function sharesTopic(headline: string, text: string, stopwords?: ReadonlySet<string>): boolean {
  const h = headline.toLowerCase();
  const t = text.toLowerCase();
  if (UNSPACED_SCRIPT.test(h)) {
    for (let i = 0; i + 2 <= h.length; i++) if (UNSPACED_SCRIPT.test(h[i]) && t.includes(h.slice(i, i + 2))) return true;
    return false;
  }
  const stems = new Set<string>();
  for (const w of h.match(WORD) ?? []) if (w.length >= 4 && !stopwords?.has(w)) stems.add(w.slice(0, STEM));
  for (const w of t.match(WORD) ?? []) if (w.length >= 4 && !stopwords?.has(w) && stems.has(w.slice(0, STEM))) return true;
  return false;
}

const SPACES = /\s+/g;
/** Characters of the paragraph's opening that the page's description must repeat. */
const OPENING = 60;

/**
 * Whether the page's meta description opens with the paragraph's text: content systems print the
 * story's excerpt there, and a feature's lede need not repeat its headline's words.
 */
function isDescription(document: Document | null, text: string): boolean {
  const opening = text.replace(SPACES, ' ').trim().slice(0, OPENING);
  if (!document || opening.length < OPENING) return false;
  for (const meta of Array.from(document.getElementsByTagName('meta'))) {
    const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
    if (!/^(?:description|og:description|twitter:description)$/i.test(key)) continue;
    if ((meta.getAttribute('content') ?? '').replace(SPACES, ' ').trim().startsWith(opening)) return true;
  }
  return false;
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
export function isPlainLede(records: readonly ElementRecord[], j: number, root: number, stopwords?: ReadonlySet<string>): boolean {
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
  const headline = headings.h2 >= 0 && inside(headings.h2) ? headings.h2 : inside(headings.h1) ? headings.h1 : -1;
  if (headline < 0) return false;
  const text = r.el.textContent ?? '';
  return sharesTopic(records[headline].el.textContent ?? '', text, stopwords) || isDescription(r.el.ownerDocument, text);
}
