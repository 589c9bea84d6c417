/**
 * The two public metrics, computed as the maintainers' referee computes them:
 * ScrapingHub's 4-gram token shingle precision/recall averaged per page, and trafilatura's
 * with/without segment matching over whitespace-normalised text.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.length) continue;
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Shares of true positives, false positives and false negatives among all shingles of a page. */
export function shingleShares(truth: string, predicted: string): [number, number, number] {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  leak?: number;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

export function shingleScores(pages: [number, number, number][]): Scores {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp))));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn))));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

export interface SegmentCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function segmentCounts(predicted: string, want: string[], unwanted: string[]): SegmentCounts {
  const text = squash(predicted);
  const tp = want.filter((w) => text.includes(squash(w))).length;
  const fp = unwanted.filter((w) => text.includes(squash(w))).length;
  return { tp, fp, fn: want.length - tp, tn: unwanted.length - fp };
}

export function segmentScores(all: SegmentCounts[]): Scores {
  const c = all.reduce((s, x) => ({ tp: s.tp + x.tp, fp: s.fp + x.fp, fn: s.fn + x.fn, tn: s.tn + x.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  return {
    precision: c.tp / (c.tp + c.fp),
    recall: c.tp / (c.tp + c.fn),
    f1: (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
    leak: c.fp / (c.fp + c.tn),
  };
}
