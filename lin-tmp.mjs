import { clean } from './dist/index.js';
const t = (label, f) => { const s = performance.now(); f(); console.log(label, (performance.now() - s).toFixed(0) + 'ms'); };
for (const n of [1000, 2000, 4000, 8000]) t('lines ' + n, () => clean('Share this article\n'.repeat(n)));
for (const n of [1000, 4000]) t('other ' + n, () => clean('Radio tower lit\n'.repeat(n)));
