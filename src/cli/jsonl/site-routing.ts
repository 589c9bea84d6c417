import { hash53 } from '../../memory/hash.js';

/**
 * With memory on, every page of a site goes to the same worker, in input order: that worker's memory
 * of the site is then exactly what one cleaner seeing the whole input would hold, so results do not
 * depend on the number of workers. Without memory any worker will do.
 */
export function ownerOf(site: string, workers: number): number {
  return hash53(site) % workers;
}

/** Sites in the order the input last touched them, least recent first, at most `cap` of them. */
export class RecentSites {
  readonly #order = new Map<string, true>();
  readonly #cap: number;

  constructor(cap: number) {
    this.#cap = cap;
  }

  touch(site: string): void {
    this.#order.delete(site);
    this.#order.set(site, true);
    if (this.#order.size > this.#cap) this.#order.delete(this.#order.keys().next().value!);
  }

  /** Least recent first. */
  list(): string[] {
    return [...this.#order.keys()];
  }
}
