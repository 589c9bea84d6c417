import { loadScrapinghub } from '../corpora.js';
import { extract } from '../../src/index.js';
import { splitLines } from '../../src/parse/lines.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { languageOf } from '../../src/cleaner/clean-document.js';
import { buildEngine } from '../../src/cleaner/engine.js';
import { computeFeatures } from '../../src/features/compute.js';
import { judge } from '../../src/cleaner/judge.js';
import { sanitise } from '../../src/output/sanitise.js';
import { blocksToParagraphs } from '../../src/output/text.js';
import { normaliseForMatch } from '../../src/phrases/normalise.js';
import { textShape } from '../../src/features/shape.js';

// Dev probe: CPU time of each stage of clean() on text, summed over the ScrapingHub article texts.
const texts = loadScrapinghub().map((d) => extract(d.html).text);
const engine = buildEngine('x', undefined);
const cpu = (label: string, f: () => void) => { const t = process.cpuUsage(); for (let r = 0; r < 5; r++) f(); const d = process.cpuUsage(t); console.log(label.padEnd(14), ((d.user + d.system) / 1000 / 5).toFixed(1), 'ms'); };
const blocks = texts.map((t) => textBlocks(splitLines(t)));
console.log('blocks', blocks.reduce((s, b) => s + b.length, 0));
cpu('segment', () => texts.forEach((t) => textBlocks(splitLines(t))));
cpu('language', () => blocks.forEach((b) => languageOf(b)));
cpu('normalise', () => blocks.forEach((bs) => bs.forEach((b) => normaliseForMatch(b.text))));
cpu('shape', () => blocks.forEach((bs) => bs.forEach((b) => textShape(b.text))));
cpu('features', () => blocks.forEach((b) => computeFeatures(b, engine.phrases, 'en')));
cpu('judge', () => blocks.forEach((b) => judge(b, engine, 'en', new Set())));
cpu('sanitise', () => blocks.forEach((b) => sanitise(blocksToParagraphs(b, []))));
