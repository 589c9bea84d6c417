import type { SavedMemory } from '../../memory/index.js';
import type { InputRecord } from './record.js';

/** Messages between the CLI's main thread and its workers. */
export type ToWorker = { type: 'record'; seq: number; record: InputRecord } | { type: 'memory' };
export type FromWorker = { type: 'line'; seq: number; line: string; failed: boolean } | { type: 'memory'; memory: SavedMemory | null };
