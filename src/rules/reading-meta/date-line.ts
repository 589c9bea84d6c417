import type { Rule } from '../rule.js';

// A line that is only a date, perhaps with a time: "23.10.2018", "2019-01-11 14:30", "11/01/2019 | 9:05".
// It is the article's dateline, set apart by the template; a sentence needs words around a date. Dates
// with month names are phrase data (reading-meta, group date-line) in each language. Table cells are left
// alone: a column of dates is part of a schedule or a results table.
const NUMERIC_DATE = '(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})';
// A time of day: "14:30", "10.15 Uhr", "9.05 am", and with an h between hours and minutes as French,
// Portuguese and Spanish write it ("10h15", "10 h 15", "10h").
const TIME = '(?:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.)?|\\d{1,2}\\s?h(?:\\s?\\d{2})?(?![\\p{L}\\d]))';
// A short word may join the two ("à", "um", "at", "às", "kl."): no sentence is that short.
const JOIN = '(?:[\\s,|•·/-]+(?:\\p{L}{1,3}\\.?\\s+)?)';
const DATE_LINE = new RegExp(`^[\\s(\\[|•·-]*${NUMERIC_DATE}(?:${JOIN}${TIME})?[\\s)\\]|•·-]*$`, 'iu');
const TABLE_CELLS = new Set(['td', 'th']);

const rule: Rule = {
  id: 'reading-meta/date-line',
  kind: 'reading-meta',
  languages: '*',
  description: 'A line that is only a numeric date, perhaps with a time, like "23.10.2018" or "2019-01-11 14:30": the dateline.',
  examples: {
    kept: 'The new timetable starts on 23.10.2018 and runs until the spring.',
    removed: '23.10.2018',
  },
  test(block) {
    if (TABLE_CELLS.has(block.tag) || block.text.length > 40) return null;
    if (!DATE_LINE.test(block.text)) return null;
    return { confidence: 0.85, reason: 'only a date: the dateline' };
  },
};

export default rule;
