import { KINDS, type Kind } from '../types.js';

/** Hue steps by the golden angle so neighbouring kinds in the list get far-apart colours. */
const GOLDEN_ANGLE = 137.508;

export interface KindColours {
  /** Highlight behind the removed text. */
  background: string;
  /** Border and badge. */
  accent: string;
}

/** A fixed colour per kind: the same kind has the same colour in every report. */
export function kindColours(kind: Kind): KindColours {
  const hue = Math.round((KINDS.indexOf(kind) * GOLDEN_ANGLE) % 360);
  return { background: `hsl(${hue} 85% 88%)`, accent: `hsl(${hue} 60% 35%)` };
}

/**
 * The CSS class of a kind. Only known kinds become class names; anything else (a custom rule's
 * verdict naming an unknown kind) shares one class, so no input reaches the stylesheet.
 */
export function kindClass(kind: string): string {
  return (KINDS as readonly string[]).includes(kind) ? `kind-${kind}` : 'kind-other';
}
