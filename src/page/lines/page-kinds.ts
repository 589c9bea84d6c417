/**
 * Names what a line outside the article is, for `removed`: the page part it most likely belongs
 * to, judged from where it sits (before or after the article) and the run of lines around it.
 * Naming never changes what is kept.
 */
import type { PageKind } from '../../types.js';
import type { LineClass } from './classify.js';
import type { LineFeatures } from './line-features.js';

export interface LineRemoval {
  kind: PageKind | 'cookie-notice';
  ruleId: string;
  reason: string;
}

/** Runs of at least this many furniture lines are menus or lists, not stray lines. */
const RUN = 3;
/** Teaser headlines: a few words, no sentence end; teaser blurbs are prose between them. */
const HEADLINE_MIN_WORDS = 3;

const COOKIE = /\b(?:cookies?|consent|gdpr|dsgvo|einwilligung|tracking)\b/iu;
const COPYRIGHT = /©|\(c\)|\bcopyright\b|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\bderechos reservados\b/iu;

export type Place = 'before' | 'inside' | 'after';

/**
 * A picture's caption or credit: a short line carrying a credit label (`Foto: …`, `Photo by …`,
 * `© …`). Pictures are set among the article's lines, so their credits sit inside its span.
 */
const CREDIT = /(?:^|[\s(/|,.])(?:fotos?|photos?|photographs?|bild(?:er)?|images?|credits?|crédits?|zdjęci[ea]|fot)\s*:|©|\(c\)|\bphoto(?:graph)?s? by\b|\bfotos? von\b|\bphoto de\b|\bfoto de\b/iu;
/** Captions are short; a long line with a credit in it is prose that mentions one. */
const CREDIT_MAX_WORDS = 20;

/**
 * A link to another article set among the paragraphs: a short label and a colon, then a headline
 * that does not end a sentence (`Read more: …`, `Lesen Sie auch: …`). A quotation after the colon
 * (`Weber: „…`) is an interview line instead.
 */
const LABELLED_LINK = /^\p{L}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,2}:\s+[^\s"'“”„‚‘’«»]/u;
const LINK_MIN_WORDS = 4;
const LINK_MAX_WORDS = 25;

export function isLabelledLink(f: LineFeatures, text: string): boolean {
  return !f.sentenceEnd && f.words >= LINK_MIN_WORDS && f.words <= LINK_MAX_WORDS && LABELLED_LINK.test(text);
}

export function isCaptionCredit(f: LineFeatures, text: string): boolean {
  return f.words <= CREDIT_MAX_WORDS && CREDIT.test(text);
}

/** Per line, the length of the run of non-prose lines it belongs to (0 for prose). */
export function furnitureRuns(classes: readonly LineClass[]): number[] {
  const out = new Array<number>(classes.length).fill(0);
  let i = 0;
  while (i < classes.length) {
    if (classes[i] === 'good') {
      i++;
      continue;
    }
    let j = i;
    while (j < classes.length && classes[j] !== 'good') j++;
    for (let k = i; k < j; k++) out[k] = j - i;
    i = j;
  }
  return out;
}

export function nameRemoval(f: LineFeatures, place: Place, run: number, text: string, isLastRun: boolean): LineRemoval {
  if (f.chars >= 40 && COOKIE.test(text)) return { kind: 'cookie-notice', ruleId: 'text-page/cookie-notice', reason: 'a cookie or consent notice outside the article' };
  if (place === 'inside') return { kind: 'page-chrome', ruleId: 'text-page/furniture', reason: 'a line inside the article that reads as page furniture, in a run of such lines' };
  if (place === 'before') {
    if (run >= RUN && f.words <= 4) return { kind: 'navigation', ruleId: 'text-page/navigation', reason: 'a menu line: a run of short lines before the article' };
    return { kind: 'header', ruleId: 'text-page/before-article', reason: 'a line before the article starts' };
  }
  if (COPYRIGHT.test(text) || (isLastRun && f.words <= 6)) return { kind: 'footer', ruleId: 'text-page/footer', reason: 'a line of the page footer, at the end of the page' };
  if (run >= RUN && f.words >= HEADLINE_MIN_WORDS && !f.sentenceEnd) return { kind: 'teaser-list', ruleId: 'text-page/teaser-list', reason: 'a headline in a run of headlines after the article' };
  if (run >= RUN && f.words <= 4) return { kind: 'navigation', ruleId: 'text-page/navigation', reason: 'a menu line: a run of short lines after the article' };
  return { kind: 'page-chrome', ruleId: 'text-page/after-article', reason: 'a line after the article ends' };
}
