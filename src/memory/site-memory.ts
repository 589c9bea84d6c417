import type { MemorySettings } from './options.js';
import { addPage, pagesWith, unionPages, type PageSet } from './page-set.js';
import { checkSaved, SAVED_FORMAT, SAVED_VERSION, type SavedMemory, type SavedSite } from './saved.js';

/** One site's blocks: fingerprint -> pages. Map order is recency order, least recent first. */
type SiteBlocks = Map<number, PageSet>;

/** The public face of a cleaner's cross-page memory. */
export interface Memory {
  readonly settings: MemorySettings;
  /** How many sites are remembered. */
  readonly siteCount: number;
  /** Plain JSON data; `createCleaner({ memory: saved })` restores it. */
  toJSON(): SavedMemory;
  /**
   * Adds what another memory learned, as if this one had seen its pages after its own. Exact while no
   * cap was reached: the same blocks are removed as by one memory that saw every page. Returns this.
   */
  merge(other: Memory | SavedMemory): this;
}

/** Moves a key to the most recent end of a Map (Maps iterate in insertion order). */
function touch<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
}

/** Drops least recently seen entries until the map holds at most `cap`. */
function trim<K, V>(map: Map<K, V>, cap: number): void {
  for (const key of map.keys()) {
    if (map.size <= cap) return;
    map.delete(key);
  }
}

export class SiteMemory implements Memory {
  readonly settings: MemorySettings;
  readonly #sites = new Map<string, SiteBlocks>();

  constructor(settings: MemorySettings, saved?: readonly SavedSite[]) {
    this.settings = settings;
    if (saved) this.#adopt(saved);
  }

  get siteCount(): number {
    return this.#sites.size;
  }

  /** For each fingerprint (null: nothing to judge), how many pages of the site it is on, this page included. */
  pageCounts(site: string, page: number, fingerprints: readonly (number | null)[]): number[] {
    const blocks = this.#sites.get(site);
    const { minPages } = this.settings;
    return fingerprints.map((fp) => {
      const pages = fp === null ? undefined : blocks?.get(fp);
      return pages ? pagesWith(pages, page, minPages) : 1;
    });
  }

  /** Records that these blocks are on this page, in document order. Depends only on the pages seen, never on decisions. */
  record(site: string, page: number, fingerprints: readonly (number | null)[]): void {
    const { minPages, maxBlocksPerSite, maxSites } = this.settings;
    const blocks = this.#sites.get(site) ?? new Map<number, PageSet>();
    for (const fp of fingerprints) {
      if (fp === null) continue;
      touch(blocks, fp, addPage(blocks.get(fp) ?? [], page, minPages));
    }
    trim(blocks, maxBlocksPerSite);
    touch(this.#sites, site, blocks);
    trim(this.#sites, maxSites);
  }

  toJSON(): SavedMemory {
    return { format: SAVED_FORMAT, version: SAVED_VERSION, ...this.settings, sites: this.snapshot() };
  }

  /** Sites as saved data, least recent first; only the named ones when `only` is given. */
  snapshot(only?: ReadonlySet<string>): SavedSite[] {
    const out: SavedSite[] = [];
    for (const [site, blocks] of this.#sites) {
      if (!only || only.has(site)) out.push({ site, blocks: Array.from(blocks, ([fp, pages]) => [fp, [...pages]]) });
    }
    return out;
  }

  merge(other: Memory | SavedMemory): this {
    const { settings, sites } = checkSaved('memory.merge', other instanceof SiteMemory ? other.toJSON() : other);
    if (settings.minPages !== this.settings.minPages) {
      // Page sets are cut to minPages; sets cut at another length would not merge exactly.
      throw new TypeError(`deboiler.memory.merge(): expected a memory with minPages ${this.settings.minPages}, got one with minPages ${settings.minPages}`);
    }
    const { minPages, maxBlocksPerSite, maxSites } = this.settings;
    for (const { site, blocks } of sites) {
      // Blocks the other memory also saw were last seen in its pages, which count as later: they move to the recent end.
      const mine = this.#sites.get(site) ?? new Map<number, PageSet>();
      for (const [fp, pages] of blocks) touch(mine, fp, unionPages(mine.get(fp) ?? [], pages, minPages));
      trim(mine, maxBlocksPerSite);
      touch(this.#sites, site, mine);
    }
    trim(this.#sites, maxSites);
    return this;
  }

  /**
   * Replaces whole sites with saved ones, in their order, as the most recent. For pipelines that
   * route every page of a site to one worker: that worker's view of the site is the whole truth.
   */
  adoptSites(sites: readonly SavedSite[]): void {
    this.#adopt(sites);
  }

  #adopt(sites: readonly SavedSite[]): void {
    const { minPages, maxBlocksPerSite, maxSites } = this.settings;
    for (const { site, blocks } of sites) {
      const map = new Map<number, PageSet>();
      for (const [fp, pages] of blocks) touch(map, fp, unionPages([], [...pages].sort((a, b) => a - b), minPages));
      trim(map, maxBlocksPerSite);
      touch(this.#sites, site, map);
    }
    trim(this.#sites, maxSites);
  }
}

/** A memory restored from saved data (already checked or not). */
export function restoreMemory(fn: string, saved: unknown): SiteMemory {
  const { settings, sites } = checkSaved(fn, saved);
  return new SiteMemory(settings, sites);
}
