import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const INTRO = [
  'This bread is the one my grandmother baked every Sunday, and the smell of it still brings back the small kitchen with the blue tiles and the radio that was always on.',
  'It needs little work but a lot of patience, since the dough rises twice and the slow rise is what gives the crumb its soft and even texture that keeps for days.',
  'Bake it on a rainy afternoon and you will have fresh bread for the whole week, good with butter and honey, or toasted with a thick slice of cheese on top of it.',
].map((p) => `<p>${p}</p>`).join('');

const STEPS = [
  'Mix the flour, the salt and the yeast in a large bowl, then pour in the warm water slowly.',
  'Knead the dough on a floured table for ten minutes until it feels smooth and springs back.',
  'Leave it covered in a warm place for an hour, shape the loaf and bake it for forty minutes.',
];

const INGREDIENTS = ['500 g wheat flour', '10 g fine sea salt', '7 g dried yeast', '320 ml warm water'];

function page(withData: boolean, apart = false): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: 'Sunday bread',
    recipeIngredient: INGREDIENTS,
    recipeInstructions: STEPS.map((text) => ({ '@type': 'HowToStep', text })),
  };
  const rows = INGREDIENTS.map((x) => {
    const [amount, unit, ...name] = x.split(' ');
    return `<tr><td>${amount} ${unit}</td><td><a href="/food/${name.join('-')}">${name.join(' ')}</a></td></tr>`;
  }).join('');
  const steps = STEPS.map((s, i) => `<li class="step"><div class="step-body"><span class="num">${i + 1}</span><div class="step-text"><p>${s}</p></div></div></li>`).join('');
  return '<!doctype html><html lang="en"><head>'
    + (withData ? `<script type="application/ld+json">${JSON.stringify(data)}</script>` : '')
    + '</head><body><nav><a href="/">Home</a> <a href="/bread">Bread</a> <a href="/cakes">Cakes</a></nav><main>'
    + '<section class="card"><h1>Sunday bread</h1><p class="rating">4.5 stars, 120 votes</p></section>'
    + `<section class="card"><h2>Ingredients</h2><table>${rows}</table></section>`
    + (apart
      // The method and the introduction share one box; the ingredients have a box of their own.
      ? `<section class="card"><h2>Method</h2><ol>${steps}</ol><h2>About this bread</h2>${INTRO}</section>`
      : `<section class="card"><h2>Method</h2><ol>${steps}</ol></section><section class="card"><h2>About this bread</h2>${INTRO}</section>`)
    + '<section class="card"><h2>More recipes</h2><ul><li><a href="/a">Rye bread with seeds</a></li><li><a href="/b">Quick spelt rolls</a></li><li><a href="/c">Sweet braided loaf</a></li></ul></section>'
    + '</main><footer>Copyright 2024 Home Baking</footer></body></html>';
}

describe('extract: the parts of a recipe the page declares', () => {
  it('keeps an ingredient list of links next to the method and the introduction', () => {
    const { text } = extract(page(true));
    expect(text).toContain('grandmother baked every Sunday');
    expect(text).toContain('wheat flour');
    expect(text).toContain('dried yeast');
    expect(text).toContain('Knead the dough on a floured table');
    expect(text).not.toContain('Rye bread with seeds');
  });

  it('joins the ingredient list and the method printed apart from the introduction', () => {
    const { text, removed } = extract(page(true, true));
    expect(text).toContain('grandmother baked every Sunday');
    expect(text).toContain('wheat flour');
    expect(text).toContain('Knead the dough on a floured table');
    expect(text).not.toContain('Rye bread with seeds');
    expect(removed.some((r) => r.ruleId === 'page/beside-recipe')).toBe(true);
  });

  it('does nothing without the recipe data', () => {
    const { removed } = extract(page(false));
    expect(removed.some((r) => r.ruleId === 'page/beside-recipe')).toBe(false);
  });
});
