/** `npm run docs`: writes docs/rules.md (or the path given) from the registry and phrase data. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderRuleDocs } from './render-rule-docs.js';

const target = resolve(process.argv[2] ?? 'docs/rules.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderRuleDocs());
console.log(`wrote ${target}`);
