import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaPresent, CORPORA_DIR } from './corpora.js';
import { deboilerExtract } from './extractors.js';
import { loadAll, scoreEvaldata, scoreScrapinghub, formatTable } from './run-quality.js';

/**
 * `npm run bench:gate`: fails when deboiler's quality on either corpus falls below the floors in
 * bench/baseline.json. Raise the floors as the extractor improves; never lower them to pass.
 */
interface Floors {
  scrapinghub: { f1: number; precision: number };
  evaldata: { f1: number; maxLeak: number };
}

if (!corporaPresent()) {
  console.log(`bench gate skipped: no corpora at ${CORPORA_DIR}`);
  process.exit(0);
}
const floors = JSON.parse(readFileSync(join(process.cwd(), 'bench', 'baseline.json'), 'utf8')) as Floors;
const docs = loadAll();
const sh = scoreScrapinghub('deboiler extract()', deboilerExtract, docs.scrapinghub);
const ed = scoreEvaldata('deboiler extract()', deboilerExtract, docs.evaldata);
console.log(formatTable([sh, ed]));
const failures: string[] = [];
if (sh.f1 < floors.scrapinghub.f1) failures.push(`ScrapingHub F1 ${sh.f1.toFixed(4)} < floor ${floors.scrapinghub.f1}`);
if (sh.precision < floors.scrapinghub.precision) failures.push(`ScrapingHub precision ${sh.precision.toFixed(4)} < floor ${floors.scrapinghub.precision}`);
if (ed.f1 < floors.evaldata.f1) failures.push(`evaldata F1 ${ed.f1.toFixed(4)} < floor ${floors.evaldata.f1}`);
if ((ed.leak ?? 1) > floors.evaldata.maxLeak) failures.push(`evaldata leak ${ed.leak!.toFixed(4)} > ceiling ${floors.evaldata.maxLeak}`);
if (sh.errors || ed.errors) failures.push(`${sh.errors + ed.errors} pages threw`);
if (failures.length) {
  console.error(`bench gate FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('bench gate passed');
