/**
 * The pages a block was seen on, kept as the `limit` smallest page hashes in ascending order.
 *
 * Why the smallest: memory only asks "was this block on at least `limit` pages?". Keeping any `limit`
 * ids answers that exactly, and keeping the smallest makes the kept set a function of the full set
 * alone, whatever the order pages came in. So the union of two sets, cut to the `limit` smallest,
 * is exactly the set one memory would hold after seeing both: merge is exact, commutative,
 * associative and idempotent, and each block costs at most `limit` numbers.
 */
export type PageSet = readonly number[];

/** `pages` with `page` added; the same array when nothing changes. */
export function addPage(pages: PageSet, page: number, limit: number): PageSet {
  let at = 0;
  while (at < pages.length && pages[at] < page) at++;
  if (pages[at] === page || at >= limit) return pages;
  const out = [...pages.slice(0, at), page, ...pages.slice(at)];
  return out.length > limit ? out.slice(0, limit) : out;
}

/** The union of two sets, cut to the `limit` smallest. */
export function unionPages(a: PageSet, b: PageSet, limit: number): PageSet {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** How many pages the block is on, counting `page` too, up to `limit`. */
export function pagesWith(pages: PageSet, page: number, limit: number): number {
  if (pages.length >= limit) return limit;
  return pages.includes(page) ? pages.length : pages.length + 1;
}
