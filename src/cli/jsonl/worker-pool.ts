import { Worker } from 'node:worker_threads';
import type { SavedMemory } from '../../memory/index.js';
import type { FromWorker, ToWorker } from './pool-messages.js';
import type { ProcessedLine, RecordSettings } from './process-record.js';
import { errorRecord, type InputRecord } from './record.js';

interface Pending {
  seq: number;
  record: InputRecord;
  resolve: (out: ProcessedLine) => void;
}

interface Slot {
  worker: Worker;
  /** Records sent and not yet answered, oldest first: a worker answers in the order it was sent. */
  pending: Pending[];
  memoryWaiter?: (memory: SavedMemory | null) => void;
}

/**
 * A fixed set of worker threads, each with its own cleaner. Small and local rather than piscina:
 * the CLI needs site affinity (every page of a site on one worker, for memory) and a final message
 * to each worker for its memory, and keeps output order itself; a generic pool gives neither.
 * A worker that crashes fails only the records it held, as error records, and is replaced.
 */
export class WorkerPool {
  readonly size: number;
  readonly #slots: Slot[] = [];
  readonly #script: URL;
  readonly #settings: RecordSettings;
  #closing = false;

  constructor(size: number, settings: RecordSettings, script: URL) {
    this.size = size;
    this.#script = script;
    this.#settings = settings;
    for (let i = 0; i < size; i++) this.#slots.push(this.#spawn(i));
  }

  #spawn(index: number): Slot {
    const worker = new Worker(this.#script, { workerData: this.#settings });
    const slot: Slot = { worker, pending: [] };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'line') {
        const next = slot.pending.shift();
        next?.resolve({ line: message.line, failed: message.failed });
      } else {
        slot.memoryWaiter?.(message.memory);
        slot.memoryWaiter = undefined;
      }
    });
    const fail = (reason: string) => {
      if (this.#closing || this.#slots[index] !== slot) return;
      for (const p of slot.pending.splice(0)) p.resolve({ line: JSON.stringify(errorRecord(p.record, `worker ${index} stopped: ${reason}`)), failed: true });
      slot.memoryWaiter?.(null);
      this.#slots[index] = this.#spawn(index);
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  }

  /** Runs one record on the worker `affinity` names, else on the least busy one (lowest index on ties). */
  run(seq: number, record: InputRecord, affinity?: number): Promise<ProcessedLine> {
    let index = affinity ?? 0;
    if (affinity === undefined) {
      for (let i = 1; i < this.#slots.length; i++) if (this.#slots[i].pending.length < this.#slots[index].pending.length) index = i;
    }
    const slot = this.#slots[index];
    return new Promise((resolve) => {
      slot.pending.push({ seq, record, resolve });
      slot.worker.postMessage({ type: 'record', seq, record } satisfies ToWorker);
    });
  }

  /** Each worker's memory, once every record sent to it is done. */
  memories(): Promise<(SavedMemory | null)[]> {
    return Promise.all(
      this.#slots.map(
        (slot) =>
          new Promise<SavedMemory | null>((resolve) => {
            slot.memoryWaiter = resolve;
            slot.worker.postMessage({ type: 'memory' } satisfies ToWorker);
          }),
      ),
    );
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
}
