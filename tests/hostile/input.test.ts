import { describe, expect, it } from 'vitest';
import { clean, createCleaner, detect, extract, InputTooLargeError } from '../../src/index.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../../src/input/validate.js';

const cleaner = createCleaner();
/** Every entry point that takes an input, with the name its errors must carry. */
const ENTRY_POINTS: [string, (input: unknown, options?: unknown) => unknown][] = [
  ['clean', (i, o) => clean(i as string, o as never)],
  ['extract', (i, o) => extract(i as string, o as never)],
  ['detect', (i, o) => detect(i as string, o as never)],
  ['clean', (i, o) => cleaner.clean(i as string, o as never)],
  ['extract', (i, o) => cleaner.extract(i as string, o as never)],
  ['detect', (i, o) => cleaner.detect(i as string, o as never)],
];

const NOT_INPUT: [string, unknown][] = [
  ['undefined', undefined], ['null', null], ['a number', 42], ['NaN', NaN], ['a bigint', 10n], ['a boolean', true],
  ['a symbol', Symbol('x')], ['a function', () => 'x'], ['an object', { text: 'x' }], ['an array', ['x']],
  ['a boxed string', new String('x')], ['an ArrayBuffer', new ArrayBuffer(4)], ['a DataView', new DataView(new ArrayBuffer(4))],
  ['an Int8Array', new Int8Array(4)], ['a Uint16Array', new Uint16Array(4)], ['a Uint8ClampedArray', new Uint8ClampedArray(4)],
  ['a Date', new Date(0)], ['a Promise', Promise.resolve('x')], ['an object with toString', { toString: () => '<p>x</p>' }],
];

describe('input checks', () => {
  for (const [name, fn] of ENTRY_POINTS) {
    it(`${name}() refuses ${NOT_INPUT.length} kinds of non-input with a TypeError naming itself`, () => {
      for (const [what, bad] of NOT_INPUT) {
        let error: unknown;
        try {
          fn(bad);
        } catch (e) {
          error = e;
        }
        expect(error, what).toBeInstanceOf(TypeError);
        expect((error as Error).message, what).toMatch(new RegExp(`^deboiler\\.${name}\\(\\): expected input to be a string or bytes \\(Uint8Array or Buffer\\), got `));
      }
    });
  }

  it('accepts every kind of bytes view: Buffer, Uint8Array, subarray, SharedArrayBuffer, empty, detached', () => {
    const text = 'The harbour reopened on Tuesday after the storm.';
    expect(clean(Buffer.from(text)).text).toBe(text);
    expect(clean(new Uint8Array(Buffer.from(text))).text).toBe(text);
    expect(clean(Buffer.from('xxxx' + text).subarray(4)).text).toBe(text);
    const shared = new Uint8Array(new SharedArrayBuffer(text.length + 16)); // zero padding after the text
    shared.set(Buffer.from(text));
    expect(clean(shared).text).toBe(text);
    expect(clean(new Uint8Array(0))).toEqual({ text: '', html: '', removed: [], metadata: {} });
    const detached = new Uint8Array(8);
    structuredClone(detached.buffer, { transfer: [detached.buffer] });
    expect(clean(detached).text).toBe('');
  });

  it('checks options before reading the input, and names the option', () => {
    const cases: [unknown, RegExp][] = [
      ['html', /expected options to be an object or undefined, got the string "html"/],
      [[], /expected options to be an object or undefined, got an array/],
      [{ format: 'xml' }, /options\.format to be one of 'auto', 'text', 'html', got the string "xml"/],
      [{ url: 42 }, /options\.url to be a string, got number 42/],
      [{ keep: 'tags' }, /options\.keep to be an array of kinds/],
      [{ keep: ['nonsense'] }, /options\.keep to hold kinds/],
      [{ maxInputBytes: 0 }, /options\.maxInputBytes to be a positive number, got number 0/],
      [{ maxInputBytes: -1 }, /options\.maxInputBytes/],
      [{ maxInputBytes: NaN }, /options\.maxInputBytes/],
      [{ maxInputBytes: '100' }, /options\.maxInputBytes to be a positive number, got the string "100"/],
      [{ markdown: 'yes' }, /options\.markdown to be a boolean/],
      [{ rules: 'none' }, /options\.rules to be an object/],
      [{ rules: { disable: 'x' } }, /options\.rules\.disable to be an array/],
      [{ rules: { add: [null] } }, /options\.rules\.add\[0\] to be a rule object/],
    ];
    for (const [name, fn] of ENTRY_POINTS) {
      for (const [options, message] of cases) {
        // A bad input too: the option is reported, so the caller fixes the call first.
        expect(() => fn(42, options), `${name} ${JSON.stringify(options)}`).toThrow(TypeError);
        expect(() => fn('<p>x</p>', options), `${name} ${JSON.stringify(options)}`).toThrow(message);
        expect(() => fn('<p>x</p>', options)).toThrow(new RegExp(`^deboiler\\.${name}\\(\\)`));
      }
    }
    expect(() => createCleaner({ maxInputBytes: -5 })).toThrow(/^deboiler\.createCleaner\(\): expected options\.maxInputBytes/);
    expect(() => createCleaner('x' as never)).toThrow(TypeError);
  });
});

describe('maxInputBytes', () => {
  it('defaults to 20 MiB', () => {
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(20 * 1024 * 1024);
  });

  it('counts UTF-8 bytes of a string, not its length', () => {
    expect(clean('a'.repeat(100), { maxInputBytes: 100 }).text).toBe('a'.repeat(100));
    expect(() => clean('a'.repeat(101), { maxInputBytes: 100 })).toThrow(InputTooLargeError);
    // 50 characters, 100 bytes: at the limit; one more character is over it.
    expect(clean('é'.repeat(50), { maxInputBytes: 100 }).text).toBe('é'.repeat(50));
    expect(() => clean('é'.repeat(51), { maxInputBytes: 100 })).toThrow(/input is 102 bytes, over the maxInputBytes limit of 100/);
    // Astral characters: 2 UTF-16 units, 4 bytes.
    expect(() => clean('😀'.repeat(26), { maxInputBytes: 100 })).toThrow(/input is 104 bytes/);
    // Three-byte characters where length * 3 is exactly the limit.
    expect(clean('€'.repeat(30), { maxInputBytes: 90 }).text).toBe('€'.repeat(30));
  });

  it('counts bytes of byte input before decoding them', () => {
    expect(clean(new Uint8Array(100).fill(0x61), { maxInputBytes: 100 }).text).toBe('a'.repeat(100));
    expect(() => clean(new Uint8Array(101).fill(0x61), { maxInputBytes: 100 })).toThrow(InputTooLargeError);
    // UTF-16 bytes count as bytes, not characters.
    expect(() => clean(Buffer.from('\uFEFFabcdef', 'utf16le'), { maxInputBytes: 10 })).toThrow(/input is 14 bytes/);
  });

  it('is enforced by every entry point, from the cleaner and per call', () => {
    const small = createCleaner({ maxInputBytes: 10 });
    for (const fn of [small.clean, small.extract, small.detect]) expect(() => fn('x'.repeat(11))).toThrow(InputTooLargeError);
    expect(small.clean('x'.repeat(11), { maxInputBytes: 11 }).text).toBe('x'.repeat(11));
    for (const [name, fn] of ENTRY_POINTS) {
      expect(() => fn('<p>' + 'x'.repeat(20) + '</p>', { maxInputBytes: 10 }), name).toThrow(new RegExp(`^deboiler\\.${name}\\(\\): input is 27 bytes`));
    }
  });

  it('refuses the default limit plus one byte, quickly, for strings and bytes', () => {
    const over = DEFAULT_MAX_INPUT_BYTES + 1;
    const bytes = Buffer.alloc(over, 0x61);
    const string = bytes.toString('latin1');
    const t = process.cpuUsage();
    expect(() => clean(string)).toThrow(InputTooLargeError);
    expect(() => extract(bytes)).toThrow(InputTooLargeError);
    const d = process.cpuUsage(t);
    const ms = (d.user + d.system) / 1000;
    expect(ms).toBeLessThan(2000); // counted, not parsed
  });

  it('is an InputTooLargeError: a RangeError with the sizes and the function in it', () => {
    try {
      detect('x'.repeat(64), { maxInputBytes: 32 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputTooLargeError);
      expect(e).toBeInstanceOf(RangeError);
      const err = e as InputTooLargeError;
      expect(err.name).toBe('InputTooLargeError');
      expect(err.bytes).toBe(64);
      expect(err.limit).toBe(32);
      expect(err.message).toBe('deboiler.detect(): input is 64 bytes, over the maxInputBytes limit of 32; raise options.maxInputBytes to accept it');
    }
  });

  it('accepts Infinity as no limit', () => {
    expect(clean('x'.repeat(50), { maxInputBytes: Infinity }).text).toBe('x'.repeat(50));
  });
});
