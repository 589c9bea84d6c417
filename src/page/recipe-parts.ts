/**
 * A recipe page's parts beside the chosen root. Recipe templates print the ingredient list, the
 * method and the cook's introduction in separate boxes, and the box with the most prose (often the
 * introduction or a "why it is healthy" note) wins the root alone. The page's schema.org Recipe
 * data names the ingredients and the method steps: the elements that print them are the recipe's
 * own text, wherever the template put them.
 */
import { evidenceFromBody } from './evidence.js';
import { typesOf, type JsonObject } from './json-ld.js';
import { WORD } from './language.js';
import type { ElementRecord } from './text-stats.js';

const RECIPE = /^(?:\w+:)?Recipe$/;
/** Fewer declared ingredients than this, or fewer found printed, is no list to look for. */
const MIN_INGREDIENTS = 3;
/** Blocks longer than this are paragraphs, not one ingredient line or one step. */
const MAX_LINE = 600;
/** A part's box may add this much text of its own: its heading ("Ingredients", "For the dough:"). */
const LABEL_CHARS = 80;

export interface DeclaredRecipe {
  /** Each ingredient's words, lowercased. */
  ingredients: string[][];
  /** The method's text. */
  method: string;
}

/** Text of a recipeInstructions value: a string, a list, or HowToStep / HowToSection objects. */
function collectSteps(v: unknown, out: string[], depth: number): void {
  if (depth > 4 || v == null) return;
  if (typeof v === 'string') { out.push(v); return; }
  if (Array.isArray(v)) { for (const x of v) collectSteps(x, out, depth + 1); return; }
  if (typeof v === 'object') {
    const o = v as JsonObject;
    if (typeof o.text === 'string') out.push(o.text);
    if (o.itemListElement) collectSteps(o.itemListElement, out, depth + 1);
  }
}

/** The page's recipe as its JSON-LD declares it, or undefined. */
export function declaredRecipe(objects: readonly JsonObject[]): DeclaredRecipe | undefined {
  for (const o of objects) {
    if (!typesOf(o).some((t) => RECIPE.test(t))) continue;
    const list = Array.isArray(o.recipeIngredient) ? o.recipeIngredient : [];
    const ingredients = list.filter((x): x is string => typeof x === 'string')
      .map((x) => x.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 0);
    const steps: string[] = [];
    collectSteps(o.recipeInstructions, steps, 0);
    if (ingredients.length >= MIN_INGREDIENTS || steps.length) return { ingredients, method: steps.join('\n') };
  }
  return undefined;
}

/** A word that names something (three letters or more), not an amount or a unit ("200", "g"). */
const isName = (w: string): boolean => /\p{L}{3}/u.test(w);

interface Ingredient {
  words: ReadonlySet<string>;
  /** How many of its words name something. */
  names: number;
}

/** Lowest record holding all of the given ones. */
function lowestCommon(records: readonly ElementRecord[], list: readonly number[]): number {
  let top = list[0];
  for (const k of list) while (top > 0 && !(top <= k && k < records[top].end)) top = records[top].parent;
  return top;
}

/** The declared ingredient a line prints (its words all in it, naming half of it or more), or -1. */
function ingredientLine(words: readonly string[], ingredients: readonly Ingredient[]): number {
  const letters = words.filter(isName).length;
  if (!letters) return -1;
  for (let i = 0; i < ingredients.length; i++) {
    const { words: set, names } = ingredients[i];
    if (letters * 2 >= names && words.every((w) => set.has(w))) return i;
  }
  return -1;
}

/**
 * Records that hold the declared ingredient list and method, inside or beside the root: for each,
 * the lowest element holding every printed line of it, when enough of it is printed there.
 */
export function recipeParts(records: readonly ElementRecord[], root: number, recipe: DeclaredRecipe, unspaced: boolean): number[] {
  const method = evidenceFromBody(recipe.method);
  const ingredients: Ingredient[] = recipe.ingredients.map((w) => ({ words: new Set(w), names: w.filter(isName).length }));
  const ingredientAt: number[] = [];
  const found = new Set<number>();
  const stepAt: number[] = [];
  for (let i = 1; i < records.length; i++) {
    const r = records[i];
    // Leaf blocks only: one line of the list, one step.
    if (!r.own || r.own.chars === 0 || r.own.chars !== r.chars || r.chars > MAX_LINE) continue;
    const text = (r.el.textContent ?? '').toLowerCase();
    let words: string[] = text.match(WORD) ?? [];
    const k = ingredientLine(words, ingredients);
    if (k >= 0) { ingredientAt.push(i); found.add(k); continue; }
    if (unspaced) words = words.join('').split('');
    if (method && method(words) >= 0.5) stepAt.push(i);
  }
  const parts: number[] = [];
  if (found.size >= Math.max(MIN_INGREDIENTS, recipe.ingredients.length / 2)) parts.push(lowestCommon(records, ingredientAt));
  if (stepAt.length >= 2) parts.push(lowestCommon(records, stepAt));
  const holds = (a: number, b: number): boolean => a <= b && b < records[a].end;
  const out: number[] = [];
  for (let k of parts) {
    // A part that holds the root spans more than one list (lines matched all over the page): no part.
    if (holds(k, root)) continue;
    // The box that prints the list with its heading, not the bare list.
    for (let p = records[k].parent; p > 0 && !holds(p, root) && records[p].chars - records[k].chars <= LABEL_CHARS; p = records[p].parent) k = p;
    out.push(k);
  }
  return out;
}
