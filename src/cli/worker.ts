import { parentPort, workerData } from 'node:worker_threads';
import { createRecordProcessor, type RecordSettings } from './jsonl/process-record.js';
import type { ToWorker, FromWorker } from './jsonl/pool-messages.js';

/**
 * A worker thread of `deboiler --jsonl --concurrency N`: one cleaner (with its own memory when the
 * run has one), records handled one at a time in the order they arrive.
 */
const port = parentPort;
if (!port) throw new Error('deboiler: cli-worker.js runs only as a worker thread of the deboiler CLI');
const processor = createRecordProcessor(workerData as RecordSettings);

port.on('message', (message: ToWorker) => {
  const reply: FromWorker =
    message.type === 'record' ? { type: 'line', seq: message.seq, ...processor.process(message.record) } : { type: 'memory', memory: processor.memory() };
  port.postMessage(reply);
});
