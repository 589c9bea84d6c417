import type { Finding, Kind, Metadata, Result } from '../types.js';
import { guessLanguage, SAMPLE_CHARS } from '../features/language.js';
import { parseFragment } from '../parse/html.js';
import { splitLines } from '../parse/lines.js';
import { htmlBlocks } from '../segment/html-blocks.js';
import { textBlocks } from '../segment/text-blocks.js';
import type { Block } from '../segment/block.js';
import { applyRemovals } from '../output/apply-removals.js';
import { removedRecords, syndicationSource, textFindings } from '../output/removed.js';
import { sanitise } from '../output/sanitise.js';
import { blockSegments, type Segment } from '../output/segments.js';
import { sourceOffsets } from '../output/source-offsets.js';
import { blocksToParagraphs, blocksToText } from '../output/text.js';
import { rememberPage, type MemoryUse } from '../memory/remember-page.js';
import type { Engine } from './engine.js';
import { judge, type Judgement } from './judge.js';
import type { DecideOptions } from '../decide/decide.js';
import { settleSignOffs } from '../decide/sign-off.js';

export interface Outcome {
  result: Result;
  findings: Finding[];
  /** Every kept and removed piece in document order, built on demand (reports only). */
  segments: () => Segment[];
}

export interface CleanSettings {
  engine: Engine;
  keep: ReadonlySet<Kind>;
  url?: string;
  /** Language known from the page; guessed from the text when absent. */
  lang?: string;
  /** The cleaner's cross-page memory, when it has one. */
  memory?: MemoryUse;
}

const LANGUAGE_SAMPLE_BLOCKS = 200;

export function languageOf(blocks: readonly Block[], declared?: string): string | undefined {
  if (declared) return declared;
  // The guess reads only the sample's first SAMPLE_CHARS: joining the blocks past that is wasted.
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < blocks.length && i < LANGUAGE_SAMPLE_BLOCKS && length < SAMPLE_CHARS; i++) {
    parts.push(blocks[i].text);
    length += blocks[i].text.length + 1;
  }
  return guessLanguage(parts.join('\n'));
}

/** judge(), then the cross-page memory step: it may turn kept blocks into `repeated` removals. */
export function judgeAndRemember(blocks: readonly Block[], lang: string | undefined, settings: CleanSettings, options?: DecideOptions): Judgement {
  const j = judge(blocks, settings.engine, lang, settings.keep, options);
  if (!settings.memory) return j;
  // The memory judges lines, not what a sign-off is: a cut sign-off it removed follows its paragraph again.
  return { ...j, decisions: settleSignOffs(blocks, rememberPage(settings.memory, settings.url, settings.keep, blocks, j.features, j.decisions)) };
}

function metadata(settings: CleanSettings, lang: string | undefined, j: Judgement): Metadata {
  const m: Metadata = {};
  if (lang) m.lang = lang;
  if (settings.url) m.url = settings.url;
  const source = syndicationSource(j.decisions);
  if (source) m.source = source;
  return m;
}

export function cleanText(text: string, settings: CleanSettings): Outcome {
  const blocks = textBlocks(splitLines(text));
  const lang = languageOf(blocks, settings.lang);
  const j = judgeAndRemember(blocks, lang, settings);
  const removed = j.decisions.map((d) => d.remove);
  return {
    result: {
      text: blocksToText(blocks, removed),
      html: blocksToParagraphs(blocks, removed),
      removed: removedRecords(blocks, j.decisions),
      metadata: metadata(settings, lang, j),
    },
    findings: textFindings(blocks, j.decisions),
    segments: () => blockSegments(blocks, j.decisions),
  };
}

/** Cleans the content of an element in place and renders the result. */
export function cleanElement(root: Element, settings: CleanSettings, source?: string): Outcome {
  const blocks = htmlBlocks(root);
  const lang = languageOf(blocks, settings.lang);
  const j = judgeAndRemember(blocks, lang, settings);
  const removed = j.decisions.map((d) => d.remove);
  const records = removedRecords(blocks, j.decisions);
  let findings: Finding[] = [];
  if (source !== undefined) {
    const offsets = sourceOffsets(source, blocks.map((b) => b.text));
    const removedOffsets = offsets.filter((_, i) => removed[i]);
    findings = records.map((r, k) => ({ ...r, start: removedOffsets[k][0], end: removedOffsets[k][1] }));
  }
  const text = blocksToText(blocks, removed);
  applyRemovals(root, blocks, removed);
  return {
    result: { text, html: sanitise(root.innerHTML, settings.url), removed: records, metadata: metadata(settings, lang, j) },
    findings,
    segments: () => blockSegments(blocks, j.decisions),
  };
}

export function cleanHtml(html: string, settings: CleanSettings): Outcome {
  return cleanElement(parseFragment(html), settings, html);
}
