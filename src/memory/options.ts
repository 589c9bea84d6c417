import { describeValue } from '../errors.js';

/** How cross-page memory behaves. Every field is optional. */
export interface MemoryOptions {
  /** A block is removed as `repeated` once it is on at least this many pages of a site, this one included. Default 3. */
  minPages?: number;
  /** Sites remembered; the least recently seen site is forgotten first. Default 1000. */
  maxSites?: number;
  /** Block fingerprints remembered per site; the least recently seen is forgotten first. Default 1000. */
  maxBlocksPerSite?: number;
}

export type MemorySettings = Readonly<Required<MemoryOptions>>;

export const DEFAULT_MEMORY: MemorySettings = Object.freeze({ minPages: 3, maxSites: 1000, maxBlocksPerSite: 1000 });

const LIMITS: Record<keyof MemoryOptions, number> = { minPages: 2, maxSites: 1, maxBlocksPerSite: 1 };

/** Checked settings with defaults filled in; a TypeError names the function and the field. */
export function memorySettings(fn: string, where: string, options: MemoryOptions): MemorySettings {
  const out: Record<string, number> = { ...DEFAULT_MEMORY };
  for (const [key, value] of Object.entries(options)) {
    if (!(key in LIMITS)) {
      throw new TypeError(`deboiler.${fn}(): ${where} has no option ${JSON.stringify(key)}; expected ${Object.keys(LIMITS).join(', ')}`);
    }
    const least = LIMITS[key as keyof MemoryOptions];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < least) {
      throw new TypeError(`deboiler.${fn}(): expected ${where}.${key} to be an integer of at least ${least}, got ${describeValue(value)}`);
    }
    out[key] = value;
  }
  return Object.freeze(out) as MemorySettings;
}
