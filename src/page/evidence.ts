/**
 * JSON-LD articleBody as evidence. The body a page declares is often truncated, stale, or stripped
 * of subheadings, so it is never used as the output: a block whose word shingles mostly occur in
 * it just counts as prose even if it is short, which pulls the choice of root toward the element
 * that really holds the article.
 */
import { WORD, UNSPACED_SCRIPT } from './language.js';

const N = 4;
// `[^<>]`, not `[^>]`: on a body of many '<' without '>' the latter rescans to the end from each one (quadratic).
const TAGS = /<[^<>]+>/g;

function shingleKeys(tokens: readonly string[], out: (key: string) => void): void {
  for (let i = 0; i + N <= tokens.length; i++) out(tokens.slice(i, i + N).join(' '));
}

export type EvidenceTest = (tokens: readonly string[]) => number;

/** A test for block tokens (lowercased words) against the declared body, or undefined if too short to tell. */
export function evidenceFromBody(body: string | undefined): EvidenceTest | undefined {
  if (!body) return undefined;
  const clean = body.replace(TAGS, ' ').toLowerCase();
  let tokens: string[] = clean.match(WORD) ?? [];
  if (UNSPACED_SCRIPT.test(clean.slice(0, 200))) tokens = tokens.join('').split('');
  if (tokens.length < 20) return undefined;
  const set = new Set<string>();
  shingleKeys(tokens, (k) => set.add(k));
  return (blockTokens) => {
    if (blockTokens.length < N) return 0;
    let hit = 0;
    let all = 0;
    shingleKeys(blockTokens, (k) => { all++; if (set.has(k)) hit++; });
    return all ? hit / all : 0;
  };
}
