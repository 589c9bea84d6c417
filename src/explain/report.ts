import type { Metadata, Removed } from '../types.js';
import type { Segment } from '../output/segments.js';
import { documentView } from './document-view.js';
import { escapeHtml } from './escape.js';
import { legend } from './legend.js';
import { reportStyles } from './styles.js';
import { summaryTable } from './summary-table.js';

// Defence in depth: even if some text escaped escaping, the page may load nothing and run nothing.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function countsLine(segments: readonly Segment[], removed: readonly Removed[]): string {
  const chars = removed.reduce((n, r) => n + r.text.length, 0);
  const total = segments.reduce((n, s) => n + s.text.length, 0);
  return `${segments.length} blocks, ${removed.length} removed (${chars} of ${total} characters).`;
}

/**
 * A self-contained HTML page: the document with removed blocks highlighted in place, a colour
 * legend and a summary table. Inline CSS only; no scripts, fonts or images.
 */
export function explainReport(segments: readonly Segment[], metadata: Metadata): string {
  const removed = segments.flatMap((s) => (s.removed ? [s.removed] : []));
  const title = metadata.title ? `deboiler report: ${metadata.title}` : 'deboiler report';
  const facts = [metadata.url && `URL: ${metadata.url}`, metadata.lang && `language: ${metadata.lang}`, metadata.source && `source: ${metadata.source}`]
    .filter(Boolean)
    .map((f) => escapeHtml(f as string))
    .join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportStyles()}</style>
</head>
<body>
<main>
<h1 class="report-title">${escapeHtml(title)}</h1>
<p class="counts">${countsLine(segments, removed)}${facts ? ` ${facts}` : ''}</p>
<section class="kinds"><h2>Kinds removed</h2>${legend(removed) || '<p class="empty">None.</p>'}</section>
<section class="doc"><h2>Document</h2>
${documentView(segments)}
</section>
<section class="removals"><h2>Removed blocks</h2>
${summaryTable(removed)}
</section>
</main>
</body>
</html>
`;
}
