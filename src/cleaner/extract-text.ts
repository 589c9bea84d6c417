import type { Decision } from '../decide/decision.js';
import type { Finding, Metadata, Removed } from '../types.js';
import { splitLines } from '../parse/lines.js';
import { textBlocks } from '../segment/text-blocks.js';
import type { Block } from '../segment/block.js';
import { locateLines } from '../page/lines/locate-lines.js';
import type { TimelineRun } from '../page/lines/timelines.js';
import { listLabelBefore } from '../decide/timeline.js';
import { pageLanguage } from '../page/lines/language-sample.js';
import { syndicationSource } from '../output/removed.js';
import { blocksToParagraphs, blocksToText } from '../output/text.js';
import type { Segment } from '../output/segments.js';
import { judgeAndRemember, languageOf, type CleanSettings, type Outcome } from './clean-document.js';

/**
 * The lines of what the locator took for a timeline that the article's rules found under a list's
 * label ("Related stories", "3 Comments"): the rules leave its dates out of the timeline, and its
 * entries, sentences with no link to tell them in a text dump, go with them. Each line with the
 * label's line.
 */
function datedListLines(timelines: readonly TimelineRun[], inside: readonly number[], decisions: readonly Decision[]): [line: number, label: number][] {
  if (timelines.length === 0) return [];
  const out: [number, number][] = [];
  const removedOnly = decisions.map((d) => (d.remove ? d : undefined));
  const at = new Map(inside.map((i, k) => [i, k]));
  for (const run of timelines) {
    const k = at.get(run.start);
    if (k === undefined) continue;
    const label = listLabelBefore(k, removedOnly);
    if (label < 0) continue;
    for (let i = run.start; i <= run.end; i++) out.push([i, inside[label]]);
  }
  return out;
}

/**
 * A whole page given as plain text (a scraper's visible-text dump): locate the article among the
 * lines, then clean the article's lines with the article-level rules, as clean() does.
 */
export function extractTextPage(text: string, settings: CleanSettings): Outcome {
  const blocks = textBlocks(splitLines(text));
  // The page's sentences tell its language better than its first lines, which are mostly the menu.
  const lang = pageLanguage(blocks, settings.lang, () => languageOf(blocks));
  const located = locateLines(blocks, lang);
  // A sign-off cut from the end of a line goes where the locator put its line: with a line of the
  // article it is the article's to judge (the tail trimming, as it lies past the last paragraph, does
  // not drop it; only a credit rule does), with a line outside the article it is outside too.
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i].signOff) located.removals[i] = located.removals[i - 1];
  }

  const inside: number[] = [];
  blocks.forEach((_, i) => {
    if (!located.removals[i]) inside.push(i);
  });
  const article: Block[] = inside.map((i, k) => ({ ...blocks[i], index: k }));
  const j = judgeAndRemember(article, lang, settings);

  // One removed flag and record per input line, in document order.
  const removed: boolean[] = blocks.map((_, i) => located.removals[i] !== undefined);
  const records: (Removed | undefined)[] = blocks.map((b, i) => {
    const r = located.removals[i];
    return r && !settings.keep.has(r.kind) ? { kind: r.kind, text: b.text, ruleId: r.ruleId, reason: r.reason } : undefined;
  });
  for (let i = 0; i < blocks.length; i++) {
    if (removed[i] && !records[i]) removed[i] = false; // a page kind the caller keeps
  }
  const decisions: Decision[] = j.decisions;
  inside.forEach((i, k) => {
    const d = decisions[k];
    if (!d.remove) return;
    removed[i] = true;
    records[i] = { kind: d.kind!, text: blocks[i].text, ruleId: d.ruleId!, reason: d.reason! };
  });
  for (const [i, label] of datedListLines(located.timelines, inside, decisions)) {
    const kind = records[label]!.kind;
    if (removed[i] || settings.keep.has(kind)) continue;
    removed[i] = true;
    records[i] = { kind, text: blocks[i].text, ruleId: 'text-page/dated-list', reason: `an item of a dated list under the removed label "${blocks[label].text.slice(0, 40)}": other stories or comments, not a timeline` };
  }

  const list: Removed[] = [];
  const findings: Finding[] = [];
  records.forEach((r, i) => {
    if (!r) return;
    list.push(r);
    findings.push({ ...r, start: blocks[i].start, end: blocks[i].end });
  });
  const metadata: Metadata = {};
  if (lang) metadata.lang = lang;
  if (settings.url) metadata.url = settings.url;
  const source = syndicationSource(decisions);
  if (source) metadata.source = source;
  return {
    result: { text: blocksToText(blocks, removed), html: blocksToParagraphs(blocks, removed), removed: list, metadata },
    findings,
    segments: () => blocks.map((b, i): Segment => ({ text: b.text, tag: b.tag, heading: b.heading, ...(records[i] ? { removed: records[i] } : {}) })),
  };
}
