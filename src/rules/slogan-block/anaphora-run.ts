import type { Rule, RuleContext } from '../rule.js';

/** Slogan lines are short; a run of long sentences with one opening is rhetoric inside an article. */
const MAX_LINE_WORDS = 10;
/** A short line between two members ("But never irrelevant.") belongs to the run. */
const MAX_GAP_WORDS = 6;
const MIN_MEMBERS = 3;
const SURE_MEMBERS = 4;

interface RunInfo {
  members: number;
  opening: string;
}

// Runs are a property of the whole document; computed once per context, not once per block.
const runsByContext = new WeakMap<RuleContext, (RunInfo | undefined)[]>();

function findRuns(context: RuleContext): (RunInfo | undefined)[] {
  const { blocks, features } = context;
  const out: (RunInfo | undefined)[] = new Array(blocks.length);
  const short = (i: number, max: number) => i < blocks.length && !blocks[i].heading && features[i].words > 0 && features[i].words <= max;
  let i = 0;
  while (i < blocks.length) {
    if (!short(i, MAX_LINE_WORDS) || features[i].opening.split(' ').length < 2) { i++; continue; }
    const opening = features[i].opening;
    let members = 1;
    let end = i;
    let j = i + 1;
    while (j < blocks.length) {
      if (short(j, MAX_LINE_WORDS) && features[j].opening === opening) { members++; end = j; j++; continue; }
      if (short(j, MAX_GAP_WORDS) && short(j + 1, MAX_LINE_WORDS) && features[j + 1].opening === opening) { j++; continue; }
      break;
    }
    if (members >= MIN_MEMBERS) {
      const info = { members, opening };
      for (let k = i; k <= end; k++) out[k] = info;
      i = end + 1;
    } else {
      i++;
    }
  }
  return out;
}

const rule: Rule = {
  id: 'slogan-block/anaphora-run',
  kind: 'slogan-block',
  languages: '*',
  description: 'A run of three or more short lines that open with the same two words, such as a tagline block.',
  examples: {
    kept: 'The mayor closed with a promise: "We will rebuild. We will recover. We will return."',
    removed: 'Social media is bold.\nSocial media is young.\nSocial media is smart.\nSocial media is you.',
  },
  test(block, index, context) {
    let runs = runsByContext.get(context);
    if (!runs) runsByContext.set(context, (runs = findRuns(context)));
    const run = runs[index];
    if (!run) return null;
    // List items sharing an opening are often a real list; they need the tail to agree.
    const sure = run.members >= SURE_MEMBERS && !block.listItem;
    return {
      confidence: sure ? 0.85 : 0.55,
      reason: `one of ${run.members} short lines opening with "${run.opening}"`,
    };
  },
};

export default rule;
