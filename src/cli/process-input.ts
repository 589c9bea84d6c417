import type { Cleaner } from '../index.js';
import { decodeBytes } from '../input/decode.js';
import { isWholePage } from '../input/format.js';
import type { Result } from '../types.js';
import type { CliMode } from './args.js';

export interface InputSettings {
  mode?: CliMode;
  markdown: boolean;
  /** 'text' when the input is known to be plain text (a JSONL "text" record). */
  format?: 'text';
}

/**
 * One input through the public API. Without --mode: extract() for whole pages, clean() for
 * fragments and text; plain text is cleaned unless --mode extract says it is a page dump.
 */
export function processInput(cleaner: Cleaner, input: string | Uint8Array, url: string | undefined, settings: InputSettings): Result {
  const text = typeof input === 'string' ? input : decodeBytes(input);
  const mode = settings.mode ?? (settings.format !== 'text' && isWholePage(text) ? 'extract' : 'clean');
  // Bytes go to the API as bytes so it decodes and size-checks them itself.
  return cleaner[mode](input, { url, ...(settings.markdown ? { markdown: true } : {}), ...(settings.format ? { format: settings.format } : {}) });
}
