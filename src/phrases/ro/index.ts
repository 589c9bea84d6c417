import type { PhraseFile } from '../define.js';
import attribution from './attribution.js';
import syndicationCredit from './syndication-credit.js';
import relatedLinks from './related-links.js';

export const ro: readonly PhraseFile[] = [attribution, syndicationCredit, relatedLinks];
