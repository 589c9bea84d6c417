import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';
const docs = loadScrapinghub() as any[];
const htmls: string[] = docs.map((d) => d.html);
const bodyLength = (h: string) => { const b = h.search(/<body[^>]*>/i); const e = h.search(/<\/body>/i); return (e > b ? e : h.length) - b; };
const base = process.env.BY_BODY ? htmls.reduce((a, b) => (bodyLength(a) > bodyLength(b) ? a : b)) : htmls.reduce((a, b) => (a.length > b.length ? a : b));
function repeatedPage(html: string, k: number): string {
  const bodyStart = html.search(/<body[^>]*>/i);
  const bodyEnd = html.search(/<\/body>/i);
  const head = html.slice(0, bodyStart), body = html.slice(bodyStart, bodyEnd > bodyStart ? bodyEnd : html.length);
  return head + body.repeat(k) + '</body></html>';
}
const k = Number(process.env.K ?? 1);
const page = repeatedPage(base, k);
for (let i = 0; i < 2; i++) for (const h of htmls) extract(h);
if (process.env.K2) { const p2 = repeatedPage(base, Number(process.env.K2)); for (let i = 0; i < 16 / Number(process.env.K2); i++) extract(p2); }
const reps = Number(process.env.REPS ?? 16 / k);
const s = new Session(); s.connect();
const post = (m: string, p?: any) => new Promise<any>((res, rej) => s.post(m, p, (e, r) => (e ? rej(e) : res(r))));
await post('Profiler.enable'); await post('Profiler.setSamplingInterval', { interval: 200 }); if (process.env.PROF) await post('Profiler.start');
const t = process.cpuUsage();
for (let i = 0; i < reps; i++) extract(page);
const u = process.cpuUsage(t);
if (process.env.PROF) { const { profile } = await post('Profiler.stop'); writeFileSync(process.env.PROF, JSON.stringify(profile)); }
console.log(`k=${k} MB=${(page.length / 2 ** 20).toFixed(2)} reps=${reps} cpu=${((u.user + u.system) / 1000).toFixed(0)}ms`);
