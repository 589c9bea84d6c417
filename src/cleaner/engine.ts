import { describeValue } from '../errors.js';
import { PHRASE_FILES } from '../phrases/index.js';
import { PhraseMatcher } from '../phrases/matcher.js';
import { BUILTIN_RULES } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';
import { KINDS, type Options } from '../types.js';

/** Rules and phrase matchers, compiled once per cleaner. */
export interface Engine {
  readonly rules: readonly Rule[];
  readonly phrases: PhraseMatcher;
  /** The caller added rules of its own: they may read a block's element as the page wrote it. */
  readonly custom?: boolean;
}

let builtinPhrases: PhraseMatcher | null = null;

/**
 * The built-in phrase data, compiled on first use and shared by every cleaner. It is the library's
 * own constant data, checked whole by phraseDataProblems() in tests/phrases/data.test.ts, so it is
 * not validated again here: that cost every process (each CLI run) a quarter of its start-up. A
 * pattern that does not compile still throws, from the matcher. No caller supplies phrase data.
 */
function defaultPhrases(): PhraseMatcher {
  return (builtinPhrases ??= new PhraseMatcher(PHRASE_FILES));
}

function checkRule(fn: string, rule: unknown, at: number): Rule {
  const r = rule as Partial<Rule> | null;
  const where = `options.rules.add[${at}]`;
  if (!r || typeof r !== 'object') throw new TypeError(`deboiler.${fn}(): expected ${where} to be a rule object, got ${describeValue(rule)}`);
  if (typeof r.id !== 'string' || !r.id) throw new TypeError(`deboiler.${fn}(): expected ${where}.id to be a non-empty string, got ${describeValue(r.id)}`);
  if (!(KINDS as readonly unknown[]).includes(r.kind)) throw new TypeError(`deboiler.${fn}(): expected ${where}.kind to be one of ${KINDS.join(', ')}, got ${describeValue(r.kind)}`);
  if (typeof r.test !== 'function') throw new TypeError(`deboiler.${fn}(): expected ${where}.test to be a function, got ${describeValue(r.test)}`);
  return { languages: '*', description: '', ...r } as Rule;
}

const engines = new WeakMap<object, Engine>();
let defaultEngine: Engine | null = null;

/** The engine for a rules option; the default one is built once and reused. */
export function buildEngine(fn: string, rules: Options['rules']): Engine {
  if (rules === undefined || rules === null) return (defaultEngine ??= { rules: BUILTIN_RULES, phrases: defaultPhrases() });
  const cached = engines.get(rules);
  if (cached) return cached;
  if (typeof rules !== 'object') throw new TypeError(`deboiler.${fn}(): expected options.rules to be an object, got ${describeValue(rules)}`);
  const disable = rules.disable ?? [];
  const add = rules.add ?? [];
  if (!Array.isArray(disable)) throw new TypeError(`deboiler.${fn}(): expected options.rules.disable to be an array of rule ids, got ${describeValue(disable)}`);
  if (!Array.isArray(add)) throw new TypeError(`deboiler.${fn}(): expected options.rules.add to be an array of rules, got ${describeValue(add)}`);
  const known = new Set(BUILTIN_RULES.map((r) => r.id));
  for (const id of disable) {
    if (!known.has(id)) throw new TypeError(`deboiler.${fn}(): options.rules.disable names no built-in rule: ${describeValue(id)}`);
  }
  const off = new Set(disable);
  const engine: Engine = {
    rules: [...BUILTIN_RULES.filter((r) => !off.has(r.id)), ...add.map((r, i) => checkRule(fn, r, i))],
    phrases: defaultPhrases(),
    custom: add.length > 0,
  };
  engines.set(rules, engine);
  return engine;
}
