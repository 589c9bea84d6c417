// Dev only: writes each corpus page as a text dump, for reading. Usage: node /tmp/dump.mjs <html.gz>...
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { htmlToText } from '../html-to-text.js';

for (const f of process.argv.slice(2)) {
  const b = readFileSync(f);
  process.stdout.write(htmlToText(new TextDecoder('utf-8').decode(f.endsWith('.gz') ? gunzipSync(b) : b)) + '\n');
}
