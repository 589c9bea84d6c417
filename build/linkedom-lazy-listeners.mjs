// The build step that makes the linkedom bundled into dist/ cheaper to parse with (see README, "Speed").
//
// linkedom's EventTarget, the base class of every node, gives each node a WeakMap entry holding a new
// Map in its constructor, whether or not anything ever listens to it. A news page parses into tens of
// thousands of nodes (attributes included), and nothing here listens to any: building those entries
// and collecting them again (a WeakMap's entries are the collector's slowest kind of object) was about
// a third of extract()'s time. The patch below creates the Map on a node's first addEventListener()
// instead; listening, removing and dispatching behave as before (tests/parse/lazy-listeners.test.ts).
//
// The patch is applied to linkedom's own file text while bundling, and it checks that the text is the
// one it was written against: a linkedom release that changes the file fails the build with a message
// naming this file, instead of shipping an unpatched (or mispatched) copy.

/** linkedom's EventTarget module, in its ESM and its CommonJS build. */
export const EVENT_TARGET_FILE = /[\\/]linkedom[\\/](?:esm|cjs)[\\/]interface[\\/]event-target\.js$/;

/** [what linkedom has, what it becomes], each expected exactly once. */
const EDITS = [
  [
    'constructor() {\n    wm.set(this, new Map);\n  }',
    // The map is made on first use (addEventListener) instead.
    'constructor() {}',
  ],
  [
    'addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    'addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));\n',
  ],
  [
    'removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    'removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];

/** Every read of the map must be one of the three above, or the guarded one in invokeListeners. */
const MAP_READS = 3;

/**
 * The event-target module's source with its per-node map made lazy.
 * @param {string} source the file's text
 * @param {string} file its path, for the error message
 * @returns {string}
 */
export function lazyListenersSource(source, file) {
  const text = source.replace(/\r\n/g, '\n');
  const reads = text.split('wm.get(').length - 1;
  let out = text;
  for (const [from, to] of EDITS) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0 || reads !== MAP_READS) {
      throw new Error(
        `build/linkedom-lazy-listeners.mjs: ${file} is not the linkedom EventTarget this patch was written for ` +
          `(looking for ${JSON.stringify(from.split('\n')[0])}, ${reads} map reads). Review the patch against the new linkedom.`,
      );
    }
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/**
 * An esbuild plugin (tsup, the benchmarks) applying the patch to linkedom wherever it is bundled.
 * @returns {import('esbuild').Plugin}
 */
export function lazyListenersEsbuild() {
  return {
    name: 'linkedom-lazy-listeners',
    setup(build) {
      build.onLoad({ filter: EVENT_TARGET_FILE }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: lazyListenersSource(await readFile(path, 'utf8'), path), loader: 'js' };
      });
    },
  };
}
