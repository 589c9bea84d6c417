import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../src/parse/html.js';
import { htmlBlocks } from '../../src/segment/html-blocks.js';

const blocks = (html: string) => htmlBlocks(parseFragment(html));

describe('html blocks', () => {
  it('makes one block per run of inline content', () => {
    const b = blocks('<div>Intro <b>bold</b> text<p>Para <a href="/x">link</a>.</p>tail</div>');
    expect(b.map((x) => x.text)).toEqual(['Intro bold text', 'Para link.', 'tail']);
    expect(b[1].linkChars).toBe(4);
  });

  it('treats line breaks as block ends', () => {
    expect(blocks('<p>One<br>Two<br/>Three</p>').map((x) => x.text)).toEqual(['One', 'Two', 'Three']);
  });

  it('skips scripts, styles, templates and hidden elements', () => {
    const b = blocks('<p>Seen</p><script>x()</script><style>p{}</style><template>t</template><p hidden>no</p><p aria-hidden="true">no</p>');
    expect(b.map((x) => x.text)).toEqual(['Seen']);
  });

  it('knows headings, list items and hints', () => {
    const [h, li] = blocks('<h2 class="title">Head</h2><ul class="share-list"><li id="fb">Facebook</li></ul>');
    expect(h.heading).toBe(true);
    expect(li.listItem).toBe(true);
    expect(li.hints).toContain('fb');
    expect(li.hints).toContain('share-list');
  });

  it('stands a block for its element only when it is all of the element', () => {
    const [whole, part1] = blocks('<p>Whole</p><div>Part<p>Inner</p></div>');
    expect(whole.nodes).toBeUndefined();
    expect(part1.nodes?.length).toBe(1);
  });

  it('survives 50,000 nested elements', () => {
    const depth = 50000;
    const html = '<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth);
    expect(blocks(html).map((x) => x.text)).toEqual(['deep']);
  });
});
