import { mkdirSync, writeFileSync } from 'node:fs';
import { corporaPresent, CORPORA_DIR } from './corpora.js';
import { deboilerExtract, readabilityJs } from './extractors.js';
import { formatTable, loadAll, scoreEvaldata, scoreScrapinghub, type Row } from './run-quality.js';

// `npm run bench`: deboiler and Readability.js, same pages, same metrics as the maintainers' referee.
if (!corporaPresent()) {
  console.log(`bench skipped: no corpora at ${CORPORA_DIR}`);
  process.exit(0);
}
const docs = loadAll();
const extractors = [
  ['deboiler extract()', deboilerExtract],
  ['Readability.js (linkedom)', readabilityJs],
] as const;
const rows: Row[] = [];
for (const [name, f] of extractors) {
  rows.push(scoreScrapinghub(name, f, docs.scrapinghub));
  rows.push(scoreEvaldata(name, f, docs.evaldata));
}
rows.sort((a, b) => a.corpus.localeCompare(b.corpus));
console.log(formatTable(rows));
mkdirSync('.bench-out', { recursive: true });
writeFileSync('.bench-out/quality.json', JSON.stringify(rows, null, 2));
