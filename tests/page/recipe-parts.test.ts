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

  it('without the recipe data, leaves the ingredient box printed apart out', () => {
    // The same page as above: only the data tells the ingredient table from a box beside the root.
    const { text, removed } = extract(page(false, true));
    expect(text).toContain('Knead the dough on a floured table');
    expect(text).not.toContain('dried yeast');
    expect(removed.some((r) => r.ruleId === 'page/beside-recipe')).toBe(false);
  });
});

const US_PRINT = ['4 cups wheat flour', '2 teaspoons fine sea salt', '1 packet dried yeast', '1⅓ cups warm water'];
const ld = (objects: object[]): string => `<script type="application/ld+json">${JSON.stringify(objects)}</script>`;
const RECIPE = {
  '@type': 'Recipe',
  name: 'Sunday bread',
  recipeIngredient: INGREDIENTS,
  recipeInstructions: STEPS.map((text) => ({ '@type': 'HowToStep', text })),
};
const wrap = (head: string, body: string): string => `<!doctype html><html lang="en"><head>${head}</head><body>`
  + '<nav><a href="/">Home</a> <a href="/bread">Bread</a> <a href="/cakes">Cakes</a></nav>'
  + `${body}<footer>Copyright 2024 Home Baking</footer></body></html>`;
const STORY = [
  'The county council voted on Tuesday to close the old landfill site at the edge of town, after years of complaints from residents about the smell.',
  'Councillors said the land would be cleaned up over the next five years and could later be sold to the power station for a new solar farm.',
  'Residents who had campaigned for the closure welcomed the decision, but some said they would wait to see whether the council kept its promises.',
  'The vote ends a dispute that began when the site was first extended twenty years ago, against the advice of the county planners at the time.',
  'The power station said it would make an offer for the land once the clean-up is finished and the soil has been tested by the environment agency.',
].map((p) => `<p>${p}</p>`).join('');
const POPULAR = '<div class="box"><h3>Popular</h3><ul><li><a href="/a">Ten cakes for a birthday party</a></li>'
  + '<li><a href="/b">Our best summer salads ranked</a></li><li><a href="/c">How to store fresh herbs</a></li></ul></div>';
const names = ['Wheat flour', 'Sea salt', 'Dried yeast', 'Warm water'];

describe('extract: recipe parts come only from the page\'s own recipe', () => {
  it.each([
    ['an <aside>', (list: string) => `<aside>${list}</aside>`],
    ['a sidebar widget', (list: string) => `<div class="sidebar widget">${list}</div>`],
    ['a comment section', (list: string) => `<div class="comments">${list}</div>`],
  ])('never reads the ingredient names in %s', (_, box) => {
    const shop = `<h3>Shop the ingredients</h3><ul>${names.map((x) => `<li>${x}</li>`).join('')}</ul>`;
    const { text } = extract(wrap(ld([RECIPE]), `<div class="wrap"><article><h1>Sunday bread</h1>${INTRO}</article>${box(shop)}</div>`));
    expect(text).toContain('grandmother baked every Sunday');
    expect(text).not.toContain('Shop the ingredients');
    expect(text).not.toContain('Dried yeast');
  });

  it('ignores a recipe the data declares beside a news article (a recipe-of-the-week box)', () => {
    const box = `<div class="box"><h3>Recipe of the week</h3><ul>${INGREDIENTS.map((x) => `<li>${x}</li>`).join('')}</ul></div>`;
    const data = ld([{ '@type': 'NewsArticle', headline: 'Council votes to close the landfill' }, { ...RECIPE, name: 'Bread of the week' }]);
    const { text } = extract(wrap(data, `<div class="wrap"><div class="col-main"><article><h1>Council votes to close the landfill</h1>`
      + `<div class="article-body">${STORY}</div></article></div><div class="col-side">${box}${POPULAR}</div></div>`));
    expect(text).toContain('county council voted');
    expect(text).not.toContain('dried yeast');
  });

  it('finds the list printed in other units, despite the same names in a tag list elsewhere', () => {
    const rows = US_PRINT.map((x) => {
      const [amount, unit, ...name] = x.split(' ');
      return `<tr><td>${amount} ${unit}</td><td><a href="/food/${name.join('-')}">${name.join(' ')}</a></td></tr>`;
    }).join('');
    const table = `<div class="box"><h2>Ingredients</h2><table>${rows}</table></div>`;
    const method = `<div class="box"><h2>Method</h2><ol>${STEPS.map((s) => `<li><p>${s}</p></li>`).join('')}</ol></div>`;
    const tags = `<div class="box"><h3>Browse by ingredient</h3><ul>${names.map((x) => `<li><a href="/t/${x}">${x}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="cols"><div class="col-main"><div class="box"><h1>Sunday bread</h1><p class="rating">4.5 stars, 120 votes</p></div>`
      + `${table}${method}<div class="box"><h2>About this bread</h2>${INTRO}</div>${POPULAR}</div><div class="col-side">${tags}</div></div>`;
    const { text } = extract(wrap(ld([RECIPE]), body));
    expect(text).toContain('grandmother baked every Sunday');
    expect(text).toContain('dried yeast');
    expect(text).toContain('Knead the dough on a floured table');
    expect(text).not.toContain('Browse by ingredient');
  });

  it('wants most of the declared steps printed, not two lines that quote them', () => {
    const many = [...STEPS,
      'Brush the top of the loaf with a little milk before it goes into the hot oven on the middle shelf.',
      'Let the bread cool on a wire rack for at least an hour before you cut the first slice from it.',
      'Keep the loaf wrapped in a clean kitchen towel in a dry place, where it stays fresh for three days.'];
    const data = ld([{ ...RECIPE, recipeInstructions: many }]);
    const quotes = `<div class="box"><h3>Tips from readers</h3><p>${many[0]}</p><p>${many[1]}</p></div>`;
    const { text } = extract(wrap(data, `<div class="wrap"><div class="col-main"><article><h1>Sunday bread</h1>${INTRO}</article></div>`
      + `<div class="col-side">${quotes}${POPULAR}</div></div>`));
    expect(text).toContain('grandmother baked every Sunday');
    expect(text).not.toContain('Tips from readers');
  });
});
