import type { Block } from '../../segment/block.js';
import type { Features } from '../../features/features.js';
import type { Rule, RuleContext } from '../rule.js';

// The box that closes many pages: "About the author" and a bio, or a press release's "About Acme Inc."
// and the issuer's boilerplate. The label alone is weak evidence ("About the study" can head a part of
// the story), so the rule needs the label to open the document's LAST section: a few blocks that run to
// the end with no heading but a short name line. The label words are phrase data (attribution, group
// about-label) in each language.
const GROUP = 'about-label';
const MAX_LABEL_WORDS = 8;
/** Blocks after the label: a name, a bio or two, a contact line. A longer run is more of the article. */
const MAX_SECTION_BLOCKS = 6;
/** A heading inside the section may only be the author's name. */
const NAME_WORDS = 4;

function isLabel(block: Block, f: Features): boolean {
  if (f.words === 0 || f.words > MAX_LABEL_WORDS || f.sentenceEnd) return false;
  const hit = f.hits.get('attribution');
  return !!hit && hit.group === GROUP && hit.at === 0 && (block.heading || f.words <= MAX_LABEL_WORDS);
}

/** Index of the label whose final section holds block i, or -1. */
function sectionLabel(i: number, context: RuleContext): number {
  const { blocks, features } = context;
  const n = blocks.length;
  const from = Math.max(0, n - 1 - MAX_SECTION_BLOCKS);
  for (let l = Math.min(i, n - 2); l >= from; l--) {
    if (!isLabel(blocks[l], features[l])) continue;
    for (let k = l + 1; k < n; k++) {
      if (blocks[k].heading && !(k === l + 1 && features[k].words <= NAME_WORDS)) return -1;
    }
    return l;
  }
  return -1;
}

const rule: Rule = {
  id: 'attribution/about-section',
  kind: 'attribution',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
  description: 'A closing "About the author" or "About <company>" box: the label and the few blocks after it that end the page.',
  examples: {
    kept: 'About the study\nThe researchers followed two thousand patients for ten years and compared their results with a control group.\nThey found the drug cut the risk of a second stroke by a third.\nThe team now plans a larger trial in five countries, starting next spring.\nFunding for the trial has already been agreed with the ministry.\nThe first results are expected in three years.\nA report on the method will be published in the autumn.\nThe authors thanked the patients who took part.',
    removed: 'About the author\nJane Doe has covered shipping for the Harbour Gazette since 2009 and lives on the east bank.',
  },
  test(block, index, context) {
    const l = sectionLabel(index, context);
    if (l < 0) return null;
    return l === index
      ? { confidence: 0.85, reason: 'an "about" label opening the closing section' }
      : { confidence: 0.85, reason: 'inside the closing "about" section' };
  },
};

export default rule;
