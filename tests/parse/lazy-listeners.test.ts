import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as LinkedomModule from 'linkedom';
import { EVENT_TARGET_FILE, lazyListenersEsbuild, lazyListenersSource } from '../../build/linkedom-lazy-listeners.mjs';

// The linkedom bundled into dist/ creates a node's listener map on first use (build/linkedom-lazy-listeners.mjs).
// These tests bundle linkedom twice, with that plugin (as the build does) and without it (linkedom as
// installed; the test run itself loads the patched one, see vitest.config.ts), and check that events
// behave exactly alike.

const linkedomDir = dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));
const eventTargetSource = (build: 'esm' | 'cjs'): string => readFileSync(join(linkedomDir, build, 'interface', 'event-target.js'), 'utf8');

type Linkedom = typeof LinkedomModule;
let patched: Linkedom;
let stock: Linkedom;
let outDir: string;

async function bundle(name: string, withPatch: boolean): Promise<string> {
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    stdin: { contents: "export * from 'linkedom';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['canvas'],
    outfile,
    logLevel: 'silent',
    plugins: withPatch ? [lazyListenersEsbuild()] : [],
  });
  return outfile;
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'deboiler-lazy-'));
  const [patchedFile, stockFile] = await Promise.all([bundle('patched', true), bundle('stock', false)]);
  // The patch really is in one bundle and not in the other: the map is made in addEventListener or in the constructor.
  const eager = /wm\.set\(this, \/\* @__PURE__ \*\/ new Map\(\)\)/;
  expect(readFileSync(patchedFile, 'utf8')).toMatch(/if \(!map\) wm\.set\(this, map = /);
  expect(readFileSync(patchedFile, 'utf8')).not.toMatch(eager);
  expect(readFileSync(stockFile, 'utf8')).toMatch(eager);
  patched = (await import(pathToFileURL(patchedFile).href)) as Linkedom;
  stock = (await import(pathToFileURL(stockFile).href)) as Linkedom;
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A run of listening, dispatching and removing on a parsed page; returns what the listeners saw. */
function scenario(lib: Linkedom): string[] {
  const { document } = lib.parseHTML('<html><body><div id="outer"><p id="inner">text</p></div></body></html>');
  const seen: string[] = [];
  // linkedom's Event class, typed as the DOM's (its own declarations name a different Event type).
  const event = (type: string, init?: EventInit): Event => new lib.Event(type, init) as unknown as Event;
  const outer = document.getElementById('outer')!;
  const inner = document.getElementById('inner')!;
  const onInner = (e: Event): void => void seen.push(`inner:${e.type}:${(e.target as Element).id}`);
  const onOuter = (e: Event): void => void seen.push(`outer:${e.type}:${(e.currentTarget as Element | null)?.id ?? '-'}`);
  inner.addEventListener('ping', onInner);
  outer.addEventListener('ping', onOuter);
  outer.addEventListener('once', () => seen.push('once'), { once: true });
  inner.dispatchEvent(event('ping', { bubbles: true }));
  inner.dispatchEvent(event('ping')); // does not bubble
  outer.dispatchEvent(event('once'));
  outer.dispatchEvent(event('once'));
  inner.removeEventListener('ping', onInner);
  inner.removeEventListener('never-added', onInner); // a node that never listened to this type
  document.body.removeEventListener('ping', onInner); // a node that never listened at all
  inner.dispatchEvent(event('ping', { bubbles: true }));
  const handler = { handleEvent: (e: Event) => seen.push(`object:${e.type}`) };
  inner.addEventListener('obj', handler);
  inner.dispatchEvent(event('obj'));
  // A node made after parsing, and the document itself.
  const made = document.createElement('span');
  made.addEventListener('x', () => seen.push('made'));
  made.dispatchEvent(event('x'));
  document.addEventListener('doc', () => seen.push('document'));
  document.dispatchEvent(event('doc'));
  seen.push(`not cancelled: ${inner.dispatchEvent(event('nobody'))}`);
  return seen;
}

describe('linkedom with lazy listener maps', () => {
  it('dispatches, bubbles, removes and fires once exactly as linkedom as installed does', () => {
    const expected = scenario(stock);
    expect(expected).toContain('inner:ping:inner');
    expect(expected.filter((s) => s === 'once')).toHaveLength(1);
    expect(scenario(patched)).toEqual(expected);
  });

  it('parses a page to the same markup', () => {
    const html = '<!doctype html><html><head><title>t</title></head><body><article class="a b"><p>x <b>y</b></p><!-- c --><img src="i.png" alt="i"></article></body></html>';
    expect(patched.parseHTML(html).document.toString()).toBe(stock.parseHTML(html).document.toString());
  });

  it('applies to both of linkedom\'s builds', () => {
    for (const b of ['esm', 'cjs'] as const) {
      expect(EVENT_TARGET_FILE.test(join(linkedomDir, b, 'interface', 'event-target.js'))).toBe(true);
      const out = lazyListenersSource(eventTargetSource(b), b);
      expect(out).toContain('constructor() {}');
      expect(out).not.toContain('wm.set(this, new Map);');
    }
  });

  it('fails the build on an event-target file it was not written for', () => {
    const source = eventTargetSource('esm');
    expect(() => lazyListenersSource(source.replace('wm.set(this, new Map);', 'wm.set(this, new Map());'), 'x.js')).toThrow(/not the linkedom EventTarget/);
    // A fourth read of the map would be a use the patch does not know about.
    expect(() => lazyListenersSource(`${source}\nwm.get(this);`, 'x.js')).toThrow(/4 map reads/);
    expect(() => lazyListenersSource('', 'x.js')).toThrow(/build\/linkedom-lazy-listeners\.mjs: x\.js/);
  });
});

describe('the test run', () => {
  it('loads linkedom with the patch, as dist/ has it (vitest.config.ts)', async () => {
    const { EventTarget } = await import('linkedom');
    expect(String(EventTarget)).toMatch(/constructor\(\) \{\}/);
  });
});
