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

function safely(f: Extractor, html: string, url: string): [string, boolean] {
  try {
    return [f(html, url), true];
  } catch {
    return ['', false];
  }
}

export function scoreScrapinghub(name: string, f: Extractor, docs: ShingleDoc[]): Row {
  let errors = 0;
  let ms = 0;
  const pages = docs.map((d) => {
    const t = performance.now();
    const [text, ok] = safely(f, d.html, d.url);
    ms += performance.now() - t;
    if (!ok) errors++;
    return shingleShares(d.truth, text);
  });
  return { corpus: 'scrapinghub', extractor: name, docs: docs.length, errors, pagesPerSec: (docs.length / ms) * 1000, ...shingleScores(pages) };
}

export function scoreEvaldata(name: string, f: Extractor, docs: SegmentDoc[]): Row {
  let errors = 0;
  let ms = 0;
  const counts = docs.map((d) => {
    const t = performance.now();
    const [text, ok] = safely(f, d.html, d.url);
    ms += performance.now() - t;
    if (!ok) errors++;
    return segmentCounts(text, d.with, d.without);
  });
  return { corpus: 'evaldata', extractor: name, docs: docs.length, errors, pagesPerSec: (docs.length / ms) * 1000, ...segmentScores(counts) };
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
