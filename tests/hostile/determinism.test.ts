import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { clean, createCleaner, detect, extract } from '../../src/index.js';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist/index.js');

const INPUTS: string[] = [
  'The council approved the budget on Monday.\nShare this article\n0 Comments',
  'Source: TRTWorld and agenciesSocial media is bold.\nSocial media is free.\nSocial media is you.\n(With input from news agency language)',
  '<p>The council approved the budget on Monday after a long debate.</p><p>Sign up for our newsletter</p><p>Related articles</p>',
  '<html><head><title>Bridge | Site</title><meta name="author" content="Ann Lee"></head><body><nav><a href="/">Home</a> <a href="/x">World</a></nav><article><h1>Bridge</h1><p>The council approved the budget for the bridge repairs on Monday after a long debate.</p><p>Share this article</p></article><footer>© 2024 Site</footer></body></html>',
  '<div>'.repeat(1500) + 'deep text' + '</div>'.repeat(1500),
  'Radio is loud.\nRadio is free.\nRadio is you.\nRadio is bold.\nThe station closed on Friday after forty years on air.',
  '<p>Sh\u0430re this \u0430rticle</p><p>The harbour reopened after the storm, officials said on Tuesday.</p>',
];

const snapshot = (input: string) => JSON.stringify([clean(input), extract(input), detect(input)]);

describe('determinism and isolation', () => {
  it('the same input gives the same output, call after call and cleaner after cleaner', () => {
    const first = INPUTS.map(snapshot);
    expect(INPUTS.map(snapshot)).toEqual(first);
    const fresh = createCleaner();
    expect(INPUTS.map((i) => JSON.stringify([fresh.clean(i), fresh.extract(i), fresh.detect(i)]))).toEqual(first);
  });

  it('results never depend on call order (shuffled sequences, memory off)', () => {
    const expected = new Map(INPUTS.map((i) => [i, snapshot(i)]));
    fc.assert(
      fc.property(fc.shuffledSubarray(INPUTS, { minLength: 1 }), fc.array(fc.integer({ min: 0, max: INPUTS.length - 1 }), { maxLength: 6 }), (order, repeats) => {
        const cleaner = createCleaner();
        for (const input of [...order, ...repeats.map((k) => INPUTS[k])]) {
          expect(JSON.stringify([cleaner.clean(input), cleaner.extract(input), cleaner.detect(input)])).toBe(expected.get(input));
        }
      }),
      { numRuns: 8, seed: 5 },
    );
  });

  it('an option or a custom rule on one call does not leak into the next', () => {
    const input = INPUTS[0];
    const before = snapshot(input);
    clean(input, { keep: ['share-prompt'] });
    clean(input, { rules: { disable: ['share-prompt/phrase'] } });
    createCleaner({ rules: { add: [{ id: 'x/all', kind: 'advertisement', languages: '*', description: '', test: () => ({ confidence: 1, reason: 'all' }) }] } }).clean(input);
    expect(snapshot(input)).toBe(before);
  });

  it('built dist gives the same results in parallel worker threads', async () => {
    if (!existsSync(DIST)) {
      console.warn('[skipped] worker-thread check: dist/ is not built (npm run build)');
      return;
    }
    const { clean: distClean, extract: distExtract } = await import(DIST);
    const expected = INPUTS.map((i) => JSON.stringify([distClean(i), distExtract(i)]));
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.dist).then(({ clean, extract }) => {
        const out = [];
        for (const i of workerData.order) out.push([i, JSON.stringify([clean(workerData.inputs[i]), extract(workerData.inputs[i])])]);
        parentPort.postMessage(out);
      });`;
    const orders = [0, 1].map((w) => INPUTS.map((_, i) => (w ? INPUTS.length - 1 - i : i))); // two threads, opposite orders
    const results = await Promise.all(
      orders.map(
        (order) =>
          new Promise<[number, string][]>((done, fail) => {
            const worker = new Worker(code, { eval: true, workerData: { dist: 'file://' + DIST, inputs: INPUTS, order } });
            worker.once('message', (m) => {
              done(m);
              void worker.terminate();
            });
            worker.once('error', fail);
          }),
      ),
    );
    for (const out of results) for (const [i, json] of out) expect(json).toBe(expected[i]);
  }, 60_000);
});

/**
 * Module state: every module-level `let`, and every module-level Map, Set, WeakMap or array
 * that is written to, must be listed here with the reason it cannot make one call see another.
 */
const MODULE_STATE: Record<string, string> = {
  'cleaner/engine.ts builtinPhrases': 'the built-in phrase matcher, built lazily once from constant data; read-only after',
  'cleaner/engine.ts defaultEngine': 'the default engine (built-in rules + phrases), built lazily once; read-only after',
  'cleaner/engine.ts engines': 'WeakMap keyed by the caller\'s options.rules object: the same rules object gives the same engine',
  'cleaner/create-cleaner.ts shared': 'holds the default cleaner, created lazily once with default options',
  'features/language.ts wordIndex': 'stopword index built lazily once from constant data',
  'features/stopwords.ts cache': 'stopword sets per language, built lazily from constant data',
  'parse/class-attribute.ts PAGES': 'WeakSet of the documents parseDocument built: it only says how a document was parsed, and drops documents no one holds',
  'page/language.ts cache': 'stopword sets per language, built lazily from constant data',
  'page/language.ts detectionIndex': 'word -> languages index built lazily once from the constant stopword data',
  'page/lines/labels.ts compiled': 'section-label regexes compiled lazily once from constant data',
  'rules/repeated/in-document.ts countsByContext': 'WeakMap keyed by the per-call RuleContext: one call\'s counts are unreachable from another',
  'rules/slogan-block/anaphora-run.ts runsByContext': 'WeakMap keyed by the per-call RuleContext',
  'rules/inline-credit.ts closingRunByContext': 'WeakMap keyed by the per-call RuleContext',
  'rules/attribution/contact-line.ts domainsByContext': 'WeakMap keyed by the per-call RuleContext',
  'rules/attribution/contact-line.ts lastByContext': 'WeakMap keyed by the per-call RuleContext',
};

function moduleState(): string[] {
  const found: string[] = [];
  const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : n.endsWith('.ts') ? [join(d, n)] : []));
  for (const file of files(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const stmt of sf.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      const isLet = (stmt.declarationList.flags & ts.NodeFlags.Let) !== 0 || (stmt.declarationList.flags & ts.NodeFlags.Const) === 0;
      for (const d of stmt.declarationList.declarations) {
        const init = d.initializer?.getText(sf) ?? '';
        // Mutable containers at module level: new Map/Set/WeakMap/WeakSet/Array, or an object literal holding `value: null` (a lazy slot).
        const mutable = isLet || /^new (Weak)?(Map|Set)\b/.test(init) && !/ReadonlyMap|ReadonlySet|ReadonlyArray/.test(d.type?.getText(sf) ?? '') || /^\{\s*value:/.test(init);
        if (mutable) found.push(`${relative(SRC, file)} ${d.name.getText(sf)}`);
      }
    }
  }
  return found;
}

describe('module state audit', () => {
  it('every module-level mutable binding in src/ is listed with why it is safe', () => {
    const found = moduleState();
    const constantSets = found.filter((f) => !(f in MODULE_STATE));
    // Module-level Sets and Maps filled from constants at load and never written again are tables, not state:
    // allow them when no statement in the file writes to them after their declaration.
    const written = constantSets.filter((entry) => {
      const [file, name] = entry.split(' ');
      const text = readFileSync(join(SRC, file), 'utf8');
      return new RegExp(`\\b${name}\\s*(=(?!=)|\\.(set|add|delete|clear|push|pop|shift|unshift|splice)\\()`).test(text.replace(new RegExp(`(const|let|var)\\s+${name}\\b[^;]*;`), ''));
    });
    expect(written).toEqual([]);
    for (const key of Object.keys(MODULE_STATE)) expect(found, `stale entry ${key}`).toContain(key);
  });
});
