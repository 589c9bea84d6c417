/**
 * A one-line progress report on stderr (records, records per second, errors), redrawn at most every
 * `interval` ms, and only when stderr is a terminal: logs and pipes stay clean.
 */
export class Progress {
  readonly #stream: NodeJS.WriteStream;
  readonly #enabled: boolean;
  readonly #started = Date.now();
  readonly #interval: number;
  #last = 0;
  records = 0;
  errors = 0;

  constructor(stream: NodeJS.WriteStream, interval = 250) {
    this.#stream = stream;
    this.#enabled = stream.isTTY === true;
    this.#interval = interval;
  }

  count(failed: boolean): void {
    this.records++;
    if (failed) this.errors++;
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#last >= this.#interval) {
      this.#last = now;
      this.#draw(now);
    }
  }

  done(): void {
    if (!this.#enabled) return;
    this.#draw(Date.now());
    this.#stream.write('\n');
  }

  #draw(now: number): void {
    const seconds = Math.max((now - this.#started) / 1000, 0.001);
    const rate = Math.round(this.records / seconds);
    this.#stream.write(`\r\x1b[Kdeboiler: ${this.records} records, ${rate} records/s, ${this.errors} errors`);
  }
}
