/** Shape of a block's text: how much of it there is and whether it reads like prose. */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?…。！？](?:["'”’»)\]]*)$/u;
const SENTENCE_MARKS = /[.!?…。！？](?=\s|$)/gu;
const CAPITALISED = /^\p{Lu}/u;
const LOWER_START = /^[\s"'“‘«(]*\p{Ll}/u;
const DIGIT = /\p{N}/gu;

export interface Shape {
  words: number;
  chars: number;
  sentenceEnd: boolean;
  sentences: number;
  startsLower: boolean;
  capitalised: number;
  digits: number;
}

export function textShape(text: string): Shape {
  const tokens = text.match(WORD) ?? [];
  const cjk = text.match(CJK)?.length ?? 0;
  // CJK scripts have no spaces: a run of characters is one "token"; count characters instead.
  const words = cjk > 0 ? Math.max(tokens.length, Math.ceil(cjk / 2)) : tokens.length;
  let caps = 0;
  for (const t of tokens) if (CAPITALISED.test(t)) caps++;
  return {
    words,
    chars: text.length,
    sentenceEnd: SENTENCE_END.test(text),
    sentences: text.match(SENTENCE_MARKS)?.length ?? 0,
    startsLower: LOWER_START.test(text),
    capitalised: tokens.length ? caps / tokens.length : 0,
    digits: text.length ? (text.match(DIGIT)?.length ?? 0) / text.length : 0,
  };
}
