import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../src/parse/html.js';
import { htmlBlocks } from '../../src/segment/html-blocks.js';
import { applyRemovals } from '../../src/output/apply-removals.js';

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

  describe('a sign-off closing a paragraph with inline markup', () => {
    const P = '<p>The <a href="/m">mayor</a> told <em>reporters</em> the council said. (Reuters)</p>';

    it('is cut from the last text node, the paragraph keeping the nodes before it', () => {
      const b = blocks(P);
      expect(b.map((x) => [x.text, !!x.signOff])).toEqual([['The mayor told reporters the council said.', false], ['(Reuters)', true]]);
      expect(b[0].nodes?.length).toBe(5);
      expect(b[1].nodes?.length).toBe(1);
      expect(b[0].nodes![4]).toBe(b[1].nodes![0]);
      expect([b[0].slice, b[1].slice]).toEqual([[0, ' the council said.'.length], [' the council said.'.length, ' the council said. (Reuters)'.length]]);
      expect([b[0].linkChars, b[1].linkChars]).toEqual([5, 0]);
    });

    it('is cut when only white space follows it, and from a node in a link', () => {
      expect(blocks('<p><em>The</em> mayor said on Monday. -- BERNAMA\n<span> </span>\n</p>').map((x) => x.text)).toEqual(['The mayor said on Monday.', '-- BERNAMA']);
      const b = blocks('<p><em>The</em> mayor <a href="/x">said on Monday. (Reuters)</a></p>');
      expect(b.map((x) => [x.text, x.linkChars])).toEqual([['The mayor said on Monday.', 15], ['(Reuters)', 9]]);
    });

    it('is not cut in an element of its own, nor across nodes', () => {
      for (const html of [
        '<p>The <a href="/m">mayor</a> said. <em>(Reuters)</em></p>',
        '<p>The <a href="/m">mayor</a> said. (<em>Reuters</em>)</p>',
        '<p>The <a href="/m">mayor</a> said. -- <b>BERNAMA</b></p>',
      ]) expect(blocks(html).length).toBe(1);
    });

    it('leaves apply-removals to cut the last node, or take the whole paragraph', () => {
      const one = parseFragment(P);
      const b1 = htmlBlocks(one);
      applyRemovals(one, b1, [false, true]);
      expect(one.innerHTML).toBe('<p>The <a href="/m">mayor</a> told <em>reporters</em> the council said.</p>');
      const both = parseFragment(P);
      const b2 = htmlBlocks(both);
      applyRemovals(both, b2, [true, true]);
      expect(both.innerHTML).toBe('<p></p>');
      const head = parseFragment(P);
      const b3 = htmlBlocks(head);
      applyRemovals(head, b3, [true, false]);
      expect(head.innerHTML).toBe('<p> (Reuters)</p>');
    });
  });
});
