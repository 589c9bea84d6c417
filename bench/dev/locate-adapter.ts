/**
 * Dev-only referee adapter: parse, locate the article, render the root's visible text without the
 * excluded elements, one line per block element. Lets the page locator be scored before extract()
 * exists. Bundle: npx esbuild bench/dev/locate-adapter.ts --bundle --platform=node --format=esm
 *   --outfile=.bench-out/locate-adapter.mjs --external:linkedom
 */
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { renderText } from './render-text.js';

export default function extract(html: string, url: string): string {
  const doc = parseDocument(html);
  const located = locateArticle(doc, { url });
  return renderText(located.root, new Set(located.excluded.map((x) => x.element)));
}
