import type { PhraseFile } from '../define.js';
import attribution from './attribution.js';
import syndicationCredit from './syndication-credit.js';

export const ar: readonly PhraseFile[] = [attribution, syndicationCredit];
