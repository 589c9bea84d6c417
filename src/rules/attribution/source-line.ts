import { normaliseForMatch } from '../../phrases/normalise.js';
import { textShape } from '../../features/shape.js';
import type { Rule } from '../rule.js';

// `Label: value` on one short line. The label is judged by the attribution phrase data
// (`Source`, `Quelle`, `Fuente`, `Fonte`, `Źródło`, `المصدر`, `来源`, `出典`…); the value is who the
// content came from. The colon may be a full-width one (`来源：新华社`).
// Full-width brackets and corner quotes wrap the line in Chinese and Japanese ("（来源：新华社）").
const LABELLED = /^[\s(\[«"“—–（【「『-]*([\p{L}][\p{L}\p{M} .'’-]{1,30}?)\s*[:：]\s*(\S.{0,150}?)\s*[)\]»"”）】」』]*$/u;
// The label's colon, looked for first: most lines have none and skip the regex.
const COLON = /[:：]/;
const MAX_WORDS = 15;
const ABOUT_GROUP = 'about-label';
/** A longer value is a sentence that happens to start with a label, not a name. */
const MAX_SOURCE_WORDS = 10;

function cleanSource(value: string): string {
  return value.replace(/[\s.;,]+$/u, '').trim();
}

/** A value this long may be a clause ("Source: the decision will come next week."), not a list of names. */
const CLAUSE_WORDS = 4;
/** A value ending as a sentence is one from this many words on. */
const SENTENCE_WORDS = 6;
const LOWER_AFTER_COMMA = /[,،]\s+\p{Ll}/u;
const SENTENCE_END = /[.!?…。！？।؟]["'”’»)）」』]*$/u;
/** A full-width comma inside the value: Chinese and Japanese lists of sources join names with 、, a clause goes on after ，. */
const CLAUSE_COMMA = /，./u;
const STARTS_LOWER = /^["'“‘«(]*\p{Ll}/u;
const CAPITALISED = /^["'“‘«(]*[\p{Lu}\p{N}]/u;

/**
 * Whether the text after the label reads as a clause: a headline or lead in the "Source: …" form
 * ("Источник: в Кремле обсуждают отставку", "Sources: the decision will be taken next week.").
 * Names of sources are mostly capitalised and do not open in lower case or end as a sentence;
 * in scripts without case a long value ending as a sentence is a clause too.
 */
function readsAsClause(raw: string, words: readonly string[], count: number): boolean {
  if (count < CLAUSE_WORDS) return false;
  if (CLAUSE_COMMA.test(raw)) return true;
  // A full stop alone is weak evidence: credits end with one too ("AFP avec nos correspondants.").
  // A longer value, or a comma going on in lower case ("Да, такие переговоры идут."), makes it a sentence.
  const sentence = SENTENCE_END.test(raw) && (count >= SENTENCE_WORDS || LOWER_AFTER_COMMA.test(raw));
  if (!STARTS_LOWER.test(raw) && !sentence) return false;
  const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
  return capitalised * 2 < words.length;
}

const rule: Rule = {
  id: 'attribution/source-line',
  kind: 'attribution',
  languages: '*',
  description: 'A short "Source: X" line naming who the content came from; X becomes metadata.source.',
  examples: {
    kept: 'Sources said the minister would resign before the end of the week.',
    removed: 'Source: TRTWorld and agencies',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (f.words > MAX_WORDS || block.heading) return null;
    if (!COLON.test(block.text)) return null;
    const m = LABELLED.exec(block.text);
    if (!m) return null;
    const label = normaliseForMatch(m[1]);
    const hit = context.phrases.match('attribution', label);
    // "Author: Jane Doe" is a byline, not who the content was syndicated from.
    if (!hit || hit.group === ABOUT_GROUP || hit.at !== 0 || hit.length !== label.length) return null;
    const source = cleanSource(m[2]);
    const words = source.split(/\s+/);
    // Words as shape.ts counts them: unspaced Chinese and Japanese, two characters to a word.
    const count = textShape(source).words;
    if (!source || count > MAX_SOURCE_WORDS || readsAsClause(m[2], words, count)) return null;
    // The text's first line in this form is its headline ("Источник: Минфин предложил повысить НДС").
    if (index === 0 && count >= CLAUSE_WORDS) return null;
    return { confidence: 0.9, reason: `a "${m[1].trim()}:" line naming the source (${hit.lang})`, source };
  },
};

export default rule;
