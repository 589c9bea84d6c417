/**
 * Section labels compiled once: one regex per concept over all languages, matched against a
 * line's whole normal form (` words like this `). Language-independent on purpose: pages mix
 * languages (an English comment widget on a German page), and a label is too short to guess one.
 */
import { SECTION_LABELS, type SectionConcept } from './section-labels.js';

let compiled: Map<SectionConcept, RegExp> | null = null;

function matchers(): Map<SectionConcept, RegExp> {
  if (!compiled) {
    compiled = new Map();
    for (const { concept, byLanguage } of SECTION_LABELS) {
      const parts = Object.values(byLanguage).flat();
      compiled.set(concept, new RegExp(`^ (?:${parts.join('|')}) $`, 'u'));
    }
  }
  return compiled;
}

/** Labels are short: longer lines are not tested, which also bounds the cost. */
export const LABEL_MAX_CHARS = 80;

export function isLabel(concept: SectionConcept, normalised: string): boolean {
  if (normalised.length > LABEL_MAX_CHARS) return false;
  return matchers().get(concept)!.test(normalised);
}
