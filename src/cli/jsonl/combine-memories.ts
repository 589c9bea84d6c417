import { memoryFromOption, type MemoryOption, type SavedMemory, type SavedSite } from '../../memory/index.js';
import { ownerOf } from './site-routing.js';

/**
 * The memory after a run on workers: the memory the run started from, with each site the run
 * touched replaced by its owner worker's view of it, in the order the input last touched them.
 * That is what one cleaner reading the whole input would hold (while no more than maxSites sites).
 */
export function combineWorkerMemories(start: MemoryOption, workers: readonly (SavedMemory | null)[], touched: readonly string[]): SavedMemory {
  const memory = memoryFromOption('deboiler --memory', start)!;
  const bySite = new Map<string, SavedSite>();
  workers.forEach((saved, i) => {
    for (const site of saved?.sites ?? []) if (ownerOf(site.site, workers.length) === i) bySite.set(site.site, site);
  });
  memory.adoptSites(touched.map((site) => bySite.get(site)).filter((s): s is SavedSite => s !== undefined));
  return memory.toJSON();
}
