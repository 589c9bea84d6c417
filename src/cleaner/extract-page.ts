import type { Finding, Removed } from '../types.js';
import { parseDocument } from '../parse/html.js';
import { restoreClasses } from '../parse/class-attribute.js';
import { locateArticle, type PageRemoval } from '../page/locate.js';
import { pageMetadata } from '../page/metadata.js';
import { jsonLdObjects } from '../page/json-ld.js';
import { htmlBlocks } from '../segment/html-blocks.js';
import { elementText } from '../segment/element-text.js';
import { applyRemovals } from '../output/apply-removals.js';
import { syndicationSource } from '../output/removed.js';
import { sanitise } from '../output/sanitise.js';
import { regionSegment, type Segment } from '../output/segments.js';
import { sourceOffsets } from '../output/source-offsets.js';
import { blocksToText } from '../output/text.js';
import { judgeAndRemember, languageOf, type CleanSettings, type Outcome } from './clean-document.js';

/**
 * A page-level removal as a record. Its text is the region's blocks joined by spaces, not its
 * textContent, which glues list items and cells together ("NewsSportWeather").
 */
function pageRecord(r: PageRemoval): Removed {
  return { kind: r.kind, text: elementText(r.element), ruleId: r.ruleId, reason: r.reason };
}

/** ISO 639-1 part of a declared language tag (`en-GB` -> `en`). */
function baseLanguage(tag: string | undefined): string | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : undefined;
}

/** A whole page: locate the article, then clean it with the article-level rules. */
export function extractPage(html: string, settings: CleanSettings, withFindings: boolean): Outcome {
  const document = parseDocument(html);
  const jsonLd = jsonLdObjects(document);
  const meta = pageMetadata(document, settings.url, jsonLd);
  const located = locateArticle(document, { url: settings.url, lang: meta.lang, jsonLd });
  const root = located.root;
  if (settings.engine.custom) restoreClasses(document);

  const skip = new Map<Element, PageRemoval>();
  // options.keep reaches page regions inside the article: a kept kind is not skipped, so its blocks
  // stay and are judged by the article rules like any other. Regions outside it are not the article.
  for (const r of located.excluded) if (!settings.keep.has(r.kind)) skip.set(r.element, r);
  const skippedAt: { order: number; removal: PageRemoval }[] = [];
  const blocks = htmlBlocks(root, { skip: new Set(skip.keys()), onSkip: (el, order) => skippedAt.push({ order, removal: skip.get(el)! }) });

  const lang = languageOf(blocks, baseLanguage(meta.lang));
  const j = judgeAndRemember(blocks, lang, settings, { pageContainer: true });
  const removed = j.decisions.map((d) => d.remove);

  // Document order: page parts before the article, then the article's own removals, then after.
  // Kept blocks ride along (record undefined) so a report can show the whole document in order.
  const inside: { order: number; segment: Segment }[] = skippedAt.map((s) => ({ order: s.order, segment: regionSegment(pageRecord(s.removal)) }));
  blocks.forEach((b, i) => {
    const d = j.decisions[i];
    const segment: Segment = { text: b.text, tag: b.tag, heading: b.heading };
    if (d.remove) segment.removed = { kind: d.kind!, text: b.text, ruleId: d.ruleId!, reason: d.reason! };
    inside.push({ order: b.start, segment });
  });
  inside.sort((a, b) => a.order - b.order);
  const before = located.outside.slice(0, located.outsideBefore).map(pageRecord);
  const after = located.outside.slice(located.outsideBefore).map(pageRecord);
  const segments: Segment[] = [...before.map(regionSegment), ...inside.map((x) => x.segment), ...after.map(regionSegment)];
  const records = segments.flatMap((x) => (x.removed ? [x.removed] : []));

  let findings: Finding[] = [];
  if (withFindings) {
    // Kept blocks are located too, so a removed block is never found inside kept text before it.
    const offsets = sourceOffsets(html, segments.map((x) => x.text));
    findings = segments.flatMap((x, k) => (x.removed ? [{ ...x.removed, start: offsets[k][0], end: offsets[k][1] }] : []));
  }

  const text = blocksToText(blocks, removed);
  applyRemovals(root, blocks, removed);
  for (const el of skip.keys()) el.parentNode?.removeChild(el);
  const source = syndicationSource(j.decisions);
  return {
    result: {
      text,
      html: sanitise(root.innerHTML, settings.url),
      removed: records,
      metadata: { ...meta, ...(lang ? { lang } : {}), ...(source ? { source } : {}) },
    },
    findings,
    segments: () => segments,
  };
}
