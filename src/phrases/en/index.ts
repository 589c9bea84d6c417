import type { PhraseFile } from '../define.js';
import sharePrompt from './share-prompt.js';

export const en: readonly PhraseFile[] = [sharePrompt];
