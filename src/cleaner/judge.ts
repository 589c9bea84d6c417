import type { Kind } from '../types.js';
import { computeFeatures } from '../features/compute.js';
import type { Features } from '../features/features.js';
import { decide, type DecideOptions } from '../decide/decide.js';
import type { Decision } from '../decide/decision.js';
import type { RuleContext } from '../rules/rule.js';
import type { Block } from '../segment/block.js';
import type { Engine } from './engine.js';

export interface Judgement {
  features: Features[];
  decisions: Decision[];
}

/** features -> rules -> decide, for one document's blocks. */
export function judge(blocks: readonly Block[], engine: Engine, lang: string | undefined, keep: ReadonlySet<Kind>, options?: DecideOptions): Judgement {
  const features = computeFeatures(blocks, engine.phrases, lang);
  const context: RuleContext = { blocks, features, lang, phrases: engine.phrases };
  return { features, decisions: decide(engine.rules, context, keep, options) };
}
