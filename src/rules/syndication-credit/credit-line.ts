import type { Rule, RuleContext } from '../rule.js';
import { announcedInText } from '../inline-credit.js';
import { normaliseForMatch } from '../../phrases/normalise.js';

// A line that is only a picture credit: names joined by slashes, "Jane Doe/Harbour Press/Agency Images",
// "AGENCY / J. DOE". Credits set under pictures take this form in many languages; prose does not, and a
// slash between two capitalised words in running text ("Israel/Gaza") sits inside a sentence, not alone.
// Each name is capitalised words (with particles such as "van", "de"), or one lowercase agency word
// with a hyphen or dot ("picture-alliance", "dpa.com").
const WORD = "\\p{Lu}[\\p{L}\\p{M}\\d.'’&-]*";
const PARTICLE = '(?:de|da|di|del|van|von|der|den|la|le|y|und|and|&)';
const NAME = `(?:${WORD}(?:\\s+(?:${WORD}|${PARTICLE})){0,3}|\\p{Ll}[\\p{L}\\d]*[-.][\\p{L}\\d.-]+)`;
// After the first name an agency may be one short lowercase word ("dpa", "afp").
const AGENCY = '\\p{Ll}{2,6}';
const CREDIT = new RegExp(`^[\\s(©]*(?:©\\s*)?${NAME}(?:\\s*/\\s*(?:${NAME}|${AGENCY})){1,3}[\\s)]*$`, 'u');
const MAX_WORDS = 10;

// A text credit: the writer's initials, two to four lowercase letters, joined by slashes to wire
// agencies, alone on a line: "jdo/dpa", "mbo/AFP/dpa", "(red/APA)". Initials alone prove nothing;
// the agencies after them do.
const INITIALS_CREDIT = /^[\s(]*\p{Ll}{2,4}((?:\s*\/\s*[\p{L}-]+){1,3})[\s)]*$/u;
// In brackets the agencies may follow a comma instead: Czech and Slovak papers sign "(jan, ČTK)".
const BRACKETED_INITIALS_CREDIT = /^\s*\(\s*\p{Ll}{2,4}((?:\s*[,/]\s*[\p{L}-]+){1,3})\s*\)\s*$/u;
const WIRES = new Set(['dpa', 'dpa-afx', 'afp', 'ap', 'apa', 'reuters', 'kna', 'epd', 'sda', 'keystone-sda', 'sid', 'dts', 'ddp', 'awp', 'afx', 'ots', 'bloomberg', 'ansa', 'efe', 'belga', 'anp', 'xinhua', 'kyodo', 'tass', 'čtk', 'tasr']);

function initialsCredit(text: string): boolean {
  const m = INITIALS_CREDIT.exec(text) ?? BRACKETED_INITIALS_CREDIT.exec(text);
  if (!m) return false;
  return m[1].split(/[,/]/).slice(1).every((part) => WIRES.has(part.trim().toLowerCase()));
}

// Agency names that are also common words, credited only in brackets alone on a line: Japanese
// "（共同）", "【共同】" (Kyodo; 共同 "joint") and "（時事）" (Jiji; "current affairs"), Hindi "(भाषा)" (PTI's Bhasha;
// "language"), "(वार्ता)" (UNI's Varta; "talks"), "(एजेंसी)" ("agency"), Arabic "(قنا)" (QNA; Qena),
// "(بنا)" (BNA), "(وات)" (TAP), "(سانا)" (SANA). The phrase text loses the brackets, so the phrase
// data leaves the bare words alone; here the brackets are the sign.
const BRACKETED_WORD_AGENCY = /^\s*[(（【［[]\s*(?:共同|時事|भाषा|वार्ता|एजेंसी|قنا|بنا|وات|سانا)\s*[)）】］\]]\s*$/u;

// Two names alone ("Israel/Gaza", "Rock/Pop") are as often a bare subheading as a credit: they need
// a sign of a credit in the line (©, an initial as in "J. DOE", a lowercase agency or domain as in
// "dpa", "picture-alliance", an all-caps agency before a person's name as in "AGENCY/Jane Doe"), or a
// caption beside them, or a picture agency's name. Three or more names are a credit by their form
// when one of them is a full name of two words or more, a person's ("Jane Doe") or an agency's
// ("Harbour Press"): single words joined by slashes are a list of parties, genres or places
// ("SPD/Grüne/FDP", "Rock/Pop/Jazz", "Paris/Berlin/Rom") and need a sign as two names do.
const INITIAL = /(?:^|[\s/])\p{Lu}\.\s/u;
const LOWER_PART = /(?:^|\/)\s*\p{Ll}/u;
const CAPS_THEN_NAME = /(?:^|\/)\s*\p{Lu}{2,}\s*\/\s*\p{Lu}\p{Ll}+\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu}\p{L}+\s*\/\s*\p{Lu}{2,}\s*$/u;
// Picture agencies whose names are capitalised like anyone's ("Jane Smith/Reuters"): named, they are a credit sign.
const AGENCY_NAME = /(?:^|\/)\s*(?:Reuters|AP|AFP|EPA|Getty Images|Getty|dpa|Anadolu|Xinhua|Bloomberg|Shutterstock|iStock|Alamy|Imago|Keystone|ANSA|EFE|Sipa|TASS|AAP|PA Images|PA|APA)\s*(?:\/|$)/u;
const CAPTION_HINT = /caption|credit|legend|figure/;

function creditSigns(text: string): boolean {
  return text.includes('©') || INITIAL.test(text) || LOWER_PART.test(text) || CAPS_THEN_NAME.test(text) || AGENCY_NAME.test(text.trim());
}

/**
 * One of the names is a wire agency the phrase data knows alone on a line ("Интерфакс", "Reuters"):
 * "ТАСС/Интерфакс/РБК" is a credit though each name is one word.
 */
function agencyNamed(text: string, context: RuleContext): boolean {
  return text.split('/').some((name) => AGENCY_TAG.test(context.phrases.match('syndication-credit', normaliseForMatch(name), context.lang)?.group ?? ''));
}
const AGENCY_TAG = /^agency-tag/;

function fullName(text: string): boolean {
  return text.split('/').some((name) => name.replace(/[\s()©]+/g, ' ').trim().includes(' '));
}

function captionBeside(index: number, context: Parameters<Rule['test']>[2]): boolean {
  for (const k of [index - 1, index, index + 1]) {
    const b = context.blocks[k];
    if (b && (b.tag === 'figcaption' || b.tag === 'figure' || CAPTION_HINT.test(b.hints))) return true;
  }
  return false;
}

/** Another item of a list that reads as a credit too: a list of credits gives no sign of prose. */
function creditShaped(k: number, context: RuleContext): boolean {
  const text = context.blocks[k].text;
  return context.features[k].hits.has('syndication-credit') || CREDIT.test(text) || initialsCredit(text) || BRACKETED_WORD_AGENCY.test(text);
}

const rule: Rule = {
  id: 'syndication-credit/credit-line',
  kind: 'syndication-credit',
  languages: '*',
  description: 'A short line of names joined by slashes, like "Jane Doe/Harbour Press/Agency Images": a picture credit; or an agency whose name is also a word, in brackets alone on a line ("（共同）").',
  examples: {
    kept: 'The Israel/Egypt border crossing reopened on Monday after talks.',
    removed: 'Jane Doe/Harbour Press/Agency Images',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (!block.heading && BRACKETED_WORD_AGENCY.test(block.text)) {
      return { confidence: 0.85, reason: 'an agency name in brackets alone on a line: a wire credit', isolated: true };
    }
    if (block.heading || f.words < 2 || f.words > MAX_WORDS || f.sentenceEnd) return null;
    if (initialsCredit(block.text)) {
      if (announcedInText(index, context, (k) => creditShaped(k, context))) return null;
      return { confidence: 0.85, reason: 'initials joined to a wire agency: a text credit', isolated: true };
    }
    if (!CREDIT.test(block.text)) return null;
    const caption = captionBeside(index, context);
    if (!caption && !(block.text.split('/').length >= 3 && fullName(block.text)) && !creditSigns(block.text) && !agencyNamed(block.text, context)) return null;
    if (!caption && announcedInText(index, context, (k) => creditShaped(k, context))) return null;
    return { confidence: 0.85, reason: 'names joined by slashes: a picture credit', isolated: true };
  },
};

export default rule;
