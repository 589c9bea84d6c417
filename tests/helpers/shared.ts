import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The workspace's shared folder beside the checkout, or null (a user's fresh clone). */
export const SHARED_DIR: string | null = (() => {
  const dir = resolve(__dirname, '../../../shared');
  return existsSync(dir) ? dir : null;
})();

export function sharedPath(...parts: string[]): string | null {
  if (!SHARED_DIR) return null;
  const p = resolve(SHARED_DIR, ...parts);
  return existsSync(p) ? p : null;
}

/** Logs once why a shared-data test is skipped, so a skip is never silent. */
export function noteSkip(what: string): void {
  console.warn(`[skipped] ${what}: ../shared is absent in this checkout`);
}
