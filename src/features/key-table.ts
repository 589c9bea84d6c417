/**
 * A fixed map from positive 31-bit integer keys to values, for the language guess's one lookup
 * per short word of the sample: open addressing over typed arrays, read without the calls and
 * boxing a Map lookup costs. Keys are spread by a multiplicative hash; the table is at most half
 * full, so probes stay short.
 */
export class KeyTable<T> {
  /** Per slot, its key (0 when empty) and the index of its value. */
  readonly #keys: Int32Array;
  readonly #values: T[] = [];
  readonly #mask: number;

  constructor(entries: Iterable<readonly [number, T]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.#keys = new Int32Array(size);
    this.#mask = size - 1;
    for (const [key, value] of list) {
      if (!Number.isInteger(key) || key <= 0 || key > 0x7fffffff) throw new Error(`KeyTable: key ${key} is not a positive 31-bit integer`);
      if (this.get(key) !== undefined) throw new Error(`KeyTable: key ${key} is listed twice`);
      let slot = spread(key) & this.#mask;
      while (this.#keys[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#keys[slot] = key;
      this.#values[slot] = value;
    }
  }

  get(key: number): T | undefined {
    const keys = this.#keys;
    const mask = this.#mask;
    for (let slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      const stored = keys[slot];
      if (stored === key) return this.#values[slot];
      if (stored === 0) return undefined;
    }
  }
}

function spread(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}
