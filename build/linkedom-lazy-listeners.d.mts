import type { Plugin } from 'esbuild';

/** linkedom's EventTarget module, in its ESM and its CommonJS build. */
export declare const EVENT_TARGET_FILE: RegExp;
/** The event-target module's source with its per-node map made lazy; throws on a file it was not written for. */
export declare function lazyListenersSource(source: string, file: string): string;
/** An esbuild plugin applying the patch to linkedom wherever it is bundled. */
export declare function lazyListenersEsbuild(): Plugin;
