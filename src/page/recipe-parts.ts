/**
 * A recipe page's parts beside the chosen root. Recipe templates print the ingredient list, the
 * method and the cook's introduction in separate boxes, and the box with the most prose (often the
 * introduction or a "why it is healthy" note) wins the root alone. The page's schema.org Recipe
 * data names the ingredients and the method steps: the elements that print them are the recipe's
 * own text, wherever the template put them.
 *
 * Only when the recipe is the page's main item (a news story's "recipe of the week" widget is
 * not), and never from a sidebar, a comment section or another page region: a "shop the
 * ingredients" box or a reader's comment names the same ingredients.
 */
import { evidenceFromBody } from './evidence.js';
import { commonAncestor, holds } from './lede.js';
import { typesOf, type JsonObject } from './json-ld.js';
import { WORD } from './language.js';
import type { ElementRecord } from './text-stats.js';

const RECIPE = /^(?:\w+:)?Recipe$/;
/** Objects that are a page's main item when they stand beside the recipe: an article or a post. */
const ARTICLE = /^(?:\w+:)?(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Posting|Report)$/;
/** Fewer declared ingredients than this, or fewer found printed, is no list to look for. */
const MIN_INGREDIENTS = 3;
/** Declared ingredients and steps read: no recipe has more, and the scan stays bounded. */
const MAX_DECLARED = 200;
/** Blocks longer than this are paragraphs, not one ingredient line or one step. */
const MAX_LINE = 600;
/** A part's box may add this much text of its own: its heading ("Ingredients", "For the dough:"). */
const LABEL_CHARS = 80;
/** Share of the declared steps that must be printed as lines of their own. */
const STEP_SHARE = 0.5;
/**
 * A line's rarest name word shared by more declared ingredients than this names none of them in
 * particular ("salt" in every line of a seasoning list): the line is not tested.
 */
const MAX_CANDIDATES = 32;
/** More matched lines than this many per declared item: the names are everywhere, no list stands out. */
const MAX_LINES_PER_ITEM = 4;

/**
 * Words of measures and packaging: the data and the printed list often give the same ingredient in
 * different units ("500 g wheat flour", "4 cups wheat flour"), so neither side's units count.
 */
const UNITS: ReadonlySet<string> = new Set([
  'tsp', 'tsps', 'tbsp', 'tbsps', 'tbs', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'cup', 'cups', 'pinch', 'pinches',
  'dash', 'dashes', 'packet', 'packets', 'package', 'packages', 'pkg', 'sachet', 'sachets', 'ounce', 'ounces', 'pound', 'pounds',
  'lbs', 'gram', 'grams', 'gramme', 'grammes', 'kilogram', 'kilograms', 'litre', 'litres', 'liter', 'liters', 'pint', 'pints',
  'quart', 'quarts', 'gallon', 'gallons', 'handful', 'handfuls', 'stick', 'sticks', 'can', 'cans', 'jar', 'jars',
  // de, fr, es, it, nl
  'prise', 'esslöffel', 'teelöffel', 'tasse', 'tassen', 'becher', 'packung', 'päckchen', 'gramm', 'msp', 'bund',
  'cuillère', 'cuillères', 'pincée', 'pincées', 'tasses', 'verre', 'verres',
  'cucharada', 'cucharadas', 'cucharadita', 'cucharaditas', 'taza', 'tazas', 'pizca', 'gramos', 'sobre', 'sobres',
  'cucchiaio', 'cucchiai', 'cucchiaino', 'cucchiaini', 'pizzico', 'tazza', 'tazze', 'grammi', 'bustina', 'bustine',
  'eetlepel', 'eetlepels', 'theelepel', 'theelepels', 'snufje', 'kopje', 'kopjes', 'gram',
]);

/** A word that names something: three letters or more, and no unit of measure ("200", "g", "cups"). */
const isName = (w: string): boolean => /\p{L}{3}/u.test(w) && !UNITS.has(w);

export interface DeclaredRecipe {
  /** Each ingredient's name words, lowercased. */
  ingredients: string[][];
  /** How many steps the method declares. */
  steps: number;
  /** The method's text. */
  method: string;
}

/** Text of a recipeInstructions value: a string, a list, or HowToStep / HowToSection objects. */
function collectSteps(v: unknown, out: string[], depth: number): void {
  if (depth > 4 || v == null || out.length >= MAX_DECLARED) return;
  if (typeof v === 'string') { out.push(v); return; }
  if (Array.isArray(v)) { for (const x of v) collectSteps(x, out, depth + 1); return; }
  if (typeof v === 'object') {
    const o = v as JsonObject;
    if (typeof o.text === 'string') out.push(o.text);
    if (o.itemListElement) collectSteps(o.itemListElement, out, depth + 1);
  }
}

const nameWords = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).filter(isName);

/**
 * Whether the recipe is what the page is about: no article or post stands beside it in the data,
 * or its name is the page's headline (a food blog declares the post and its recipe both).
 */
function isMainItem(recipe: JsonObject, objects: readonly JsonObject[], headlines: () => readonly string[], stopwords?: ReadonlySet<string>): boolean {
  const others = objects.some((o) => o !== recipe && typesOf(o).some((t) => ARTICLE.test(t)) && !typesOf(o).some((t) => RECIPE.test(t)));
  if (!others) return true;
  const name = nameWords(typeof recipe.name === 'string' ? recipe.name : '').filter((w) => !stopwords?.has(w));
  if (!name.length) return false;
  return headlines().some((h) => {
    const words = new Set(nameWords(h));
    return name.filter((w) => words.has(w)).length * 2 >= name.length;
  });
}

/** The page's recipe as its JSON-LD declares it, when it is the page's main item; else undefined. */
export function declaredRecipe(objects: readonly JsonObject[], headlines: () => readonly string[], stopwords?: ReadonlySet<string>): DeclaredRecipe | undefined {
  for (const o of objects) {
    if (!typesOf(o).some((t) => RECIPE.test(t))) continue;
    const list = Array.isArray(o.recipeIngredient) ? o.recipeIngredient.slice(0, MAX_DECLARED) : [];
    const ingredients = list.filter((x): x is string => typeof x === 'string').map(nameWords).filter((w) => w.length > 0);
    const steps: string[] = [];
    collectSteps(o.recipeInstructions, steps, 0);
    if (ingredients.length < MIN_INGREDIENTS && !steps.length) continue;
    if (!isMainItem(o, objects, headlines, stopwords)) return undefined;
    return { ingredients, steps: steps.length, method: steps.join('\n') };
  }
  return undefined;
}

/** Declared ingredients by name word, so that a line is tested only against those it could print. */
class IngredientIndex {
  private readonly names: ReadonlySet<string>[];
  private readonly byWord = new Map<string, number[]>();

  constructor(ingredients: readonly string[][]) {
    this.names = ingredients.map((w) => new Set(w));
    this.names.forEach((set, i) => { for (const w of set) { const ids = this.byWord.get(w); if (ids) ids.push(i); else this.byWord.set(w, [i]); } });
  }

  /**
   * The declared ingredient a line prints, or -1: every name word of the line is one of the
   * ingredient's, and they are half of its name or more. Amounts and units are not compared.
   */
  match(words: readonly string[]): number {
    const line = new Set(words.filter(isName));
    if (!line.size) return -1;
    // Every candidate holds all the line's names, so it holds the rarest: only those are tested.
    let rarest: number[] | undefined;
    for (const w of line) {
      const ids = this.byWord.get(w);
      if (!ids) return -1;
      if (!rarest || ids.length < rarest.length) rarest = ids;
    }
    if (!rarest || rarest.length > MAX_CANDIDATES) return -1;
    for (const i of rarest) {
      const set = this.names[i];
      if (line.size * 2 < set.size) continue;
      let all = true;
      for (const w of line) if (!set.has(w)) { all = false; break; }
      if (all) return i;
    }
    return -1;
  }
}

/**
 * The lowest element that holds the most distinct ids among the matched lines, and does not hold
 * the root (matches all over the page add up only in an element holding it), if it holds `need`
 * or more. Between equals (the list, and a tag list of the same names elsewhere), the one nearest
 * the root, then the first.
 */
function bestHolder(records: readonly ElementRecord[], root: number, lines: readonly number[], ids: readonly number[], need: number): number | undefined {
  const count = new Map<number, number>();
  const seen = new Map<number, number>();
  const order = lines.map((_, k) => k).sort((a, b) => ids[a] - ids[b]);
  for (const k of order) {
    const id = ids[k];
    // Stop at an ancestor the same id reached already: each element counts an id once.
    for (let a = lines[k]; a > 0 && seen.get(a) !== id; a = records[a].parent) { seen.set(a, id); count.set(a, (count.get(a) ?? 0) + 1); }
  }
  let most = 0;
  for (const [a, c] of count) if (c > most && !(a === root || holds(records, a, root))) most = c;
  if (most < need) return undefined;
  const equals = [...count].filter(([a, c]) => c === most && !(a === root || holds(records, a, root))).map(([a]) => a).sort((a, b) => a - b);
  let best: number | undefined;
  let nearest = -1;
  for (let i = 0; i < equals.length; i++) {
    const a = equals[i];
    // The lowest of a nest of equals: none of its descendants holds as many.
    if (i + 1 < equals.length && equals[i + 1] < records[a].end) continue;
    const near = commonAncestor(records, a, root);
    if (near > nearest) { nearest = near; best = a; }
  }
  return best;
}

/**
 * Records that hold the declared ingredient list and method, inside or beside the root: for each,
 * the element holding most of its printed lines, when enough of it is printed there. Lines for
 * which `apart` is true (in a sidebar, a comment section or another region) are not read.
 */
export function recipeParts(records: readonly ElementRecord[], root: number, recipe: DeclaredRecipe, unspaced: boolean, apart: (k: number) => boolean): number[] {
  const method = evidenceFromBody(recipe.method);
  const index = new IngredientIndex(recipe.ingredients);
  const ingredientLines: number[] = [];
  const ingredientIds: number[] = [];
  const stepLines: number[] = [];
  const maxLines = MAX_LINES_PER_ITEM * (recipe.ingredients.length + recipe.steps);
  for (let i = 1; i < records.length; i++) {
    const r = records[i];
    // Leaf blocks only: one line of the list, one step.
    if (!r.own || r.own.chars === 0 || r.own.chars !== r.chars || r.chars > MAX_LINE || apart(i)) continue;
    let words: string[] = (r.el.textContent ?? '').toLowerCase().match(WORD) ?? [];
    const k = index.match(words);
    if (k >= 0) { ingredientLines.push(i); ingredientIds.push(k); } else {
      if (unspaced) words = words.join('').split('');
      if (method && method(words) >= 0.5) stepLines.push(i);
    }
    if (ingredientLines.length + stepLines.length > maxLines) return [];
  }
  const parts: number[] = [];
  const list = bestHolder(records, root, ingredientLines, ingredientIds, Math.max(MIN_INGREDIENTS, recipe.ingredients.length / 2));
  if (list !== undefined) parts.push(list);
  const steps = bestHolder(records, root, stepLines, stepLines, Math.max(2, Math.ceil(recipe.steps * STEP_SHARE)));
  if (steps !== undefined) parts.push(steps);
  const out: number[] = [];
  for (let k of parts) {
    // The box that prints the list with its heading, not the bare list.
    for (let p = records[k].parent; p > 0 && !(p === root || holds(records, p, root)) && !apart(p) && records[p].chars - records[k].chars <= LABEL_CHARS; p = records[p].parent) k = p;
    out.push(k);
  }
  return out;
}
