import { QuoteType, Tokenizer } from 'htmlparser2';

const NOTHING = (): void => {};
const CALLBACKS = [
  'onattribname', 'onattribend', 'oncdata', 'onclosetag', 'oncomment', 'ondeclaration', 'onend', 'onopentagend', 'onopentagname',
  'onprocessinginstruction', 'onselfclosingtag', 'ontext', 'ontextentity',
] as const;
const QUOTE: Partial<Record<QuoteType, string>> = { [QuoteType.Double]: '"', [QuoteType.Single]: "'", [QuoteType.Unquoted]: '' };

/**
 * An attribute value as the tree builder will have it: character references decoded. The parser's
 * pre-pass (cap-depth.ts) tokenises without decoding, which lets the tokenizer skip over text and
 * values in bulk; the few values it reads are decoded here, by the same tokenizer run over the
 * value alone, written back with its original quotes so that it reads the same way.
 */
export function decodedAttributeValue(raw: string, quote: QuoteType): string {
  if (!raw.includes('&')) return raw;
  const q = QUOTE[quote];
  if (q === undefined) return raw; // no value at all
  let value = '';
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ...Object.fromEntries(CALLBACKS.map((name) => [name, NOTHING])),
      onattribdata(start: number, end: number) { value += markup.slice(start, end); },
      onattribentity(cp: number) { value += String.fromCodePoint(cp); },
    } as unknown as ConstructorParameters<typeof Tokenizer>[1],
  );
  const markup = `<x a=${q}${raw}${q}>`;
  tokenizer.write(markup);
  tokenizer.end();
  return value;
}
