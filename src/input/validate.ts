import { describeValue, InputTooLargeError } from '../errors.js';
import { KINDS, type Format, type Kind, type Options } from '../types.js';
import { decodeBytes } from './decode.js';

const FORMATS: readonly Format[] = ['auto', 'text', 'html'];
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Options after checking, with every default filled in. */
export interface ResolvedOptions {
  format: Format;
  url?: string;
  keep: ReadonlySet<Kind>;
  maxInputBytes: number;
  markdown: boolean;
}

function fail(fn: string, what: string, value: unknown): never {
  throw new TypeError(`deboiler.${fn}(): expected ${what}, got ${describeValue(value)}`);
}

export function resolveOptions(fn: string, options: Options | undefined): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) fail(fn, 'options to be an object or undefined', options);
  const { format = 'auto', url, keep = [], maxInputBytes = DEFAULT_MAX_INPUT_BYTES, markdown = false } = options;
  if (!FORMATS.includes(format)) fail(fn, `options.format to be one of ${FORMATS.map((f) => `'${f}'`).join(', ')}`, format);
  if (url !== undefined && typeof url !== 'string') fail(fn, 'options.url to be a string', url);
  if (!Array.isArray(keep)) fail(fn, 'options.keep to be an array of kinds', keep);
  for (const k of keep) if (!(KINDS as readonly unknown[]).includes(k)) fail(fn, `options.keep to hold kinds (${KINDS.join(', ')})`, k);
  if (typeof maxInputBytes !== 'number' || !(maxInputBytes > 0)) fail(fn, 'options.maxInputBytes to be a positive number', maxInputBytes);
  if (typeof markdown !== 'boolean') fail(fn, 'options.markdown to be a boolean', markdown);
  return { format, url, keep: new Set(keep), maxInputBytes, markdown };
}

/** The input as a string: strings as given, bytes decoded. Anything else is a TypeError. */
export function inputToString(fn: string, input: unknown, maxInputBytes: number): string {
  if (typeof input === 'string') {
    // UTF-16 length is at most the UTF-8 byte count; only measure exactly when it could matter.
    if (input.length * 3 > maxInputBytes) {
      const bytes = Buffer.byteLength(input, 'utf8');
      if (bytes > maxInputBytes) throw new InputTooLargeError(fn, bytes, maxInputBytes);
    }
    return input;
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxInputBytes) throw new InputTooLargeError(fn, input.byteLength, maxInputBytes);
    // Empty, or a view of a transferred (detached) buffer, which reads as empty and must not be touched.
    if (input.byteLength === 0) return '';
    return decodeBytes(input);
  }
  return fail(fn, 'input to be a string or bytes (Uint8Array or Buffer)', input);
}
