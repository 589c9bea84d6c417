/** Cross-page memory: per site, the blocks that recur across its pages. */
export { memoryFromOption, type MemoryOption } from './from-option.js';
export { DEFAULT_MEMORY, type MemoryOptions, type MemorySettings } from './options.js';
export { rememberPage, RULE_ID, MAX_SHARE_OF_KEPT_TEXT, type MemoryUse } from './remember-page.js';
export { SAVED_FORMAT, SAVED_VERSION, type SavedMemory, type SavedSite } from './saved.js';
export { restoreMemory, SiteMemory, type Memory } from './site-memory.js';
export { pageKey, type PageKey } from './page-key.js';
