import type { PhraseFile } from './define.js';
import { en } from './en/index.js';
import { de } from './de/index.js';
import { fr } from './fr/index.js';
import { es } from './es/index.js';
import { it } from './it/index.js';
import { pt } from './pt/index.js';
import { nl } from './nl/index.js';
import { pl } from './pl/index.js';
import { ru } from './ru/index.js';
import { uk } from './uk/index.js';
import { tr } from './tr/index.js';
import { id } from './id/index.js';
import { ms } from './ms/index.js';
import { sv } from './sv/index.js';
import { cs } from './cs/index.js';
import { ro } from './ro/index.js';
import { hi } from './hi/index.js';
import { ar } from './ar/index.js';
import { zh } from './zh/index.js';
import { ja } from './ja/index.js';
import { ko } from './ko/index.js';

/** Every built-in phrase file, all languages. */
export const PHRASE_FILES: readonly PhraseFile[] = [
  ...en,
  ...de,
  ...fr,
  ...es,
  ...it,
  ...pt,
  ...nl,
  ...pl,
  ...ru,
  ...uk,
  ...tr,
  ...id,
  ...ms,
  ...sv,
  ...cs,
  ...ro,
  ...hi,
  ...ar,
  ...zh,
  ...ja,
  ...ko,
];

/** Languages with phrase data. */
export const PHRASE_LANGUAGES: readonly string[] = [...new Set(PHRASE_FILES.map((f) => f.lang))];
