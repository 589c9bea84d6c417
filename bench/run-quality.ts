import { performance } from 'node:perf_hooks';
import { loadEvaldata, loadScrapinghub, type SegmentDoc, type ShingleDoc } from './corpora.js';
import type { Extractor } from './extractors.js';
import { segmentCounts, segmentScores, shingleScores, shingleShares, type Scores } from './metrics.js';

export interface Row extends Scores {
  corpus: 'scrapinghub' | 'evaldata';
  extractor: string;
  docs: number;
  errors: number;
  pagesPerSec: number;
}

interface Run<T> {
  outputs: T[];
  errors: number;
  pagesPerSec: number;
}

/** Runs the extractor on every page, timing only the extractor; a throw counts as an empty output. */
function runAll<D extends { html: string; url: string }, T>(f: Extractor, docs: D[], score: (doc: D, text: string) => T): Run<T> {
  let errors = 0;
  let ms = 0;
  const outputs = docs.map((d) => {
    let text = '';
    const t = performance.now();
    try {
      text = f(d.html, d.url);
    } catch {
      errors++;
    }
    ms += performance.now() - t;
    return score(d, text);
  });
  return { outputs, errors, pagesPerSec: (docs.length / ms) * 1000 };
}

export function scoreScrapinghub(name: string, f: Extractor, docs: ShingleDoc[]): Row {
  const run = runAll(f, docs, (d, text) => shingleShares(d.truth, text));
  return { corpus: 'scrapinghub', extractor: name, docs: docs.length, errors: run.errors, pagesPerSec: run.pagesPerSec, ...shingleScores(run.outputs) };
}

export function scoreEvaldata(name: string, f: Extractor, docs: SegmentDoc[]): Row {
  const run = runAll(f, docs, (d, text) => segmentCounts(text, d.with, d.without));
  return { corpus: 'evaldata', extractor: name, docs: docs.length, errors: run.errors, pagesPerSec: run.pagesPerSec, ...segmentScores(run.outputs) };
}

export function loadAll(): { scrapinghub: ShingleDoc[]; evaldata: SegmentDoc[] } {
  return { scrapinghub: loadScrapinghub(), evaldata: loadEvaldata() };
}

const pct = (x: number | undefined) => (x === undefined ? '' : x.toFixed(4));

export function formatTable(rows: Row[]): string {
  const head = ['corpus', 'extractor', 'docs', 'precision', 'recall', 'F1', 'leak', 'pages/s', 'errors'];
  const cells = rows.map((r) => [r.corpus, r.extractor, String(r.docs), pct(r.precision), pct(r.recall), pct(r.f1), pct(r.leak), r.pagesPerSec.toFixed(1), String(r.errors)]);
  const widths = head.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
