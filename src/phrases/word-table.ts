/**
 * A fixed set of words and their ids (their places in the list it was built from), for the phrase
 * matcher's one lookup per word of a block. A Map keyed by strings hashes each word of a block in
 * the engine's runtime (the words are new strings, never hashed before), which costs more than the
 * rest of the lookup; this table hashes in plain code over the code units, and probes linearly.
 */
export class WordTable {
  readonly #words: readonly string[];
  /** Per slot, a word's id + 1, or 0 when empty. At most half full, so probes stay short. */
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(words: readonly string[]) {
    this.#words = words;
    let size = 16;
    while (size < words.length * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    words.forEach((word, id) => {
      if (this.id(word) >= 0) throw new Error(`WordTable: "${word}" is listed twice`);
      let slot = hash(word) & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = id + 1;
    });
  }

  /** The word's id, or -1 when it is not in the table. */
  id(word: string): number {
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hash(word) & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[slot];
      if (stored === 0) return -1;
      if (this.#words[stored - 1] === word) return stored - 1;
    }
  }
}

/** FNV-1a over UTF-16 code units, high bits folded into the low ones the mask keeps. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 16);
}
