import { KINDS } from '../types.js';
import { kindClass, kindColours } from './palette.js';

const BASE = `
:root { color-scheme: light; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; margin: 0; background: #fafafa; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1.report-title { font-size: 1.4rem; margin: 0 0 .25rem; }
.counts { color: #555; margin: 0 0 1rem; }
section { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
section > h2 { font-size: 1.05rem; margin: 0 0 .75rem; color: #333; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; margin: 0; padding: 0; }
.legend li { border-left: 1.1rem solid; padding: .1rem .5rem; border-radius: 3px; font-size: .9rem; }
.doc p, .doc h1, .doc h2, .doc h3, .doc h4, .doc h5, .doc h6 { margin: .45rem 0; }
.doc .item::before { content: "• "; color: #888; }
.doc .region { font-size: .85rem; max-height: 7.5rem; overflow: auto; }
.removed { border-left: 4px solid; padding: .15rem .5rem; border-radius: 3px; cursor: help; }
.badge { display: inline-block; white-space: nowrap; font: 600 .72rem/1.4 ui-monospace, monospace; color: #fff; border-radius: 3px; padding: 0 .35rem; margin-right: .4rem; vertical-align: .1em; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #eee; }
td.text { max-width: 22rem; overflow-wrap: anywhere; }
td code { white-space: nowrap; }
.empty { color: #555; font-style: italic; }
`;

function kindRule(selector: string, background: string, accent: string): string {
  return `.${selector}.removed { background: ${background}; border-color: ${accent}; }\n` +
    `.${selector} .badge, .badge.${selector} { background: ${accent}; }\n` +
    `.legend .${selector} { border-color: ${accent}; background: ${background}; }\n`;
}

/** The report's whole stylesheet: layout, then one colour rule per kind (inline, no external assets). */
export function reportStyles(): string {
  const perKind = KINDS.map((kind) => {
    const c = kindColours(kind);
    return kindRule(kindClass(kind), c.background, c.accent);
  });
  return BASE + perKind.join('') + kindRule('kind-other', '#eee', '#666');
}
