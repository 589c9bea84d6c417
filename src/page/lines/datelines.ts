/**
 * A dateline: a short line that carries a date or a time (`Nov. 19, 2019 8:03 am ET`,
 * `Mi, 18. Oktober 2023 um 12:50 Uhr`, `14.05.2014`). Bylines and datelines sit between an
 * article's headline and its body, and between one teaser and the next, so they mark where a
 * piece of text starts. Digits only: month names differ per language, years and clock times do not.
 */
import type { LineFeatures } from './line-features.js';

/** Longer lines with a year in them are sentences that mention it. */
const MAX_WORDS = 16;
const YEAR = /(?:^|[^\d.,])(?:19|20)\d\d(?!\d|[.,]\d)/u;
/**
 * `8:03`, `12:50 Uhr`, `12.50 Uhr`: with a dot only beside a unit, else it is a price or a score;
 * `10h15`, `10 h 15` with the unit between hours and minutes.
 */
const CLOCK = /(?:^|\D)[0-2]?\d(?::[0-5]\d(?!\d)|\.[0-5]\d\s?(?:am|pm|uhr|h)\b|\s?h\s?[0-5]\d(?!\d))/iu;
const NUMERIC_DATE = /(?:^|\D)\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})(?!\d)/u;

export function isDateline(f: LineFeatures, text: string): boolean {
  if (f.words > MAX_WORDS || f.digits === 0) return false;
  return YEAR.test(text) || NUMERIC_DATE.test(text) || (CLOCK.test(text) && f.words <= 6);
}
