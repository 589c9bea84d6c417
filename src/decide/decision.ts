import type { Kind } from '../types.js';

/** The outcome for one block. */
export interface Decision {
  remove: boolean;
  kind?: Kind;
  ruleId?: string;
  reason?: string;
  /** The best rule's confidence, 0 when no rule spoke. */
  confidence: number;
  source?: string;
  /** Its label does not spread to neighbouring lines. */
  isolated?: boolean;
}

export const KEEP: Decision = Object.freeze({ remove: false, confidence: 0 });

/** A label: a few words ("Keep reading", "More stories"), not a sentence. Shared by the rules that spread a label to what it heads. */
export const LABEL_WORDS = 6;
