import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/input/decode.js';

/** The evaluation corpora live beside the checkout (npm scripts run from the package root), never in it. */
export const CORPORA_DIR = resolve(process.env.DEBOILER_CORPORA ?? join(process.cwd(), '..', 'shared', 'corpora'));

export interface ShingleDoc {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export interface SegmentDoc {
  id: string;
  url: string;
  html: string;
  with: string[];
  without: string[];
}

export function corporaPresent(): boolean {
  return existsSync(join(CORPORA_DIR, 'scrapinghub', 'ground-truth.json')) && existsSync(join(CORPORA_DIR, 'evaldata-dev', 'evaldata.json'));
}

/** ScrapingHub's article-extraction benchmark: pages and their annotated article bodies. */
export function loadScrapinghub(): ShingleDoc[] {
  const root = join(CORPORA_DIR, 'scrapinghub');
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url: string }>;
  return Object.keys(truth).sort().map((id) => ({
    id,
    url: truth[id].url,
    html: gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`))).toString('utf8'),
    truth: truth[id].articleBody ?? '',
  }));
}

/** trafilatura's evaluation set (development half): text that must and must not be extracted. */
export function loadEvaldata(): SegmentDoc[] {
  const root = join(CORPORA_DIR, 'evaldata-dev');
  const data = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  const docs: SegmentDoc[] = [];
  for (const url of Object.keys(data).sort()) {
    const item = data[url];
    const path = [join(root, 'html', item.file), join(root, 'html', item.file + '.gz')].find(existsSync);
    if (!path) continue;
    const bytes = readFileSync(path);
    docs.push({ id: item.file, url, html: decodeBytes(path.endsWith('.gz') ? gunzipSync(bytes) : bytes), with: item.with, without: item.without });
  }
  return docs;
}
