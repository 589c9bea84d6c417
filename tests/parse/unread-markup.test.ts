import { describe, expect, it } from 'vitest';
import { capNesting, MAX_NESTING } from '../../src/parse/cap-depth.js';
import { parseDocument, parseFragment } from '../../src/parse/html.js';
import { isReadAttributeAt } from '../../src/parse/read-attributes.js';
import { jsonLdObjects } from '../../src/page/json-ld.js';
import { expectLinear } from '../hostile/helpers.js';

const leaveOut = (html: string): string => capNesting(html, MAX_NESTING, isReadAttributeAt, true);

function countNodes(root: Node): { elements: number; texts: number; comments: number } {
  const n = { elements: 0, texts: 0, comments: 0 };
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 1) n.elements++;
    else if (node.nodeType === 3) n.texts++;
    else if (node.nodeType === 8) n.comments++;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return n;
}

describe('the parser pre-pass leaves out what nothing reads', () => {
  it('drops comments, conditional ones included, and keeps the markup around them', () => {
    const out = leaveOut('<html><!--[if IE]><p>old</p><![endif]--><!--<![endif]--><head></head><body><p>a <!-- x --> b</p></body></html>');
    expect(out).not.toContain('<!--');
    expect(out).toContain('<head>');
    expect(out).toContain('<p>a  b</p>');
  });

  it('drops <style> and scripts, keeps JSON-LD whatever its attributes', () => {
    const html =
      '<head><style data-x="1">p{}</style><script data-a="1" src="a.js"></script>' +
      '<script type=" Application/LD+JSON " data-n="1">{"@type":"NewsArticle","headline":"H"}</script></head>' +
      '<body><p>text<script>document.write("<p>no</p>")</script> more</p></body>';
    const out = leaveOut(html);
    expect(out).not.toContain('style');
    expect(out).not.toContain('a.js');
    expect(out).not.toContain('document.write');
    const doc = parseDocument(html);
    expect(doc.querySelector('p')!.textContent).toBe('text more');
    expect(jsonLdObjects(doc)).toEqual([{ '@type': 'NewsArticle', headline: 'H' }]);
  });

  it('empties <svg> and <template> but keeps the elements and their attributes', () => {
    const out = leaveOut('<div><svg aria-label="Share" class="icon"><path d="M0"/><title>Share</title></svg> <template><p>t</p></template><svg/><p>x</p></div>');
    expect(out).toContain('<svg aria-label="Share" deboiler-class="icon"></svg>'); // class is kept apart: see class-attribute.ts
    expect(out).toContain('<template></template>');
    expect(out).toContain('<svg/><p>x</p>');
  });

  it('drops white space beside block boundaries, but keeps one run between any two texts', () => {
    const html = '<div>\n  <div>\n    <p>a</p>\n  </div>\n  <div>\n    <p>b</p>\n  </div>\n</div>';
    const out = leaveOut(html);
    expect(out).toBe('<div><div><p>a</p>\n  </div><div><p>b</p>\n  </div></div>');
    const body = parseDocument(`<html><head></head><body>${html}</body></html>`).body;
    expect(body.textContent!.replace(/\s+/g, ' ').trim()).toBe('a b');
  });

  it('keeps white space in <pre> and <textarea>, between inline elements and beside <br> and <img>', () => {
    for (const kept of [
      '<pre>\n  <b>x</b>\n  <i>y</i>\n</pre>',
      '<textarea>\n</textarea>',
      '<p><b>a</b> <i>b</i></p>',
      '<div>a<br>\n<div>b</div></div>',
      '<div><img src="x.png">\n<div>b</div></div>',
      '<p>a&nbsp;\n</p>',
    ]) {
      expect(leaveOut(kept)).toBe(kept);
    }
  });

  it('keeps long white space, which the language sample reads as a text node', () => {
    const html = `<div>a</div>\n<div>\n${' '.repeat(50)}<p>b</p></div>`;
    expect(leaveOut(html)).toBe(html);
    expect(leaveOut(html.replace(' '.repeat(50), ' '))).toBe('<div>a</div>\n<div><p>b</p></div>');
  });

  it('is what parseDocument does, on short pages too; fragments are parsed as they are', () => {
    const doc = parseDocument('<html><head></head><body>\n<!-- c --><div>\n<p>x</p>\n</div><script>1</script></body></html>');
    expect(countNodes(doc.body)).toEqual({ elements: 3, texts: 2, comments: 0 }); // "x" and the run after it
    const fragment = parseFragment('<div>\n<p>x</p>\n</div><!-- c -->');
    expect(countNodes(fragment).comments).toBe(1);
    expect(fragment.innerHTML).toContain('<div>\n<p>');
  });

  it('stays linear on many comments, scripts and white-space gaps', () => {
    expectLinear('capNesting leaveOutUnread, comments and gaps', (n) => leaveOut('<div>\n<!-- c -->\n</div>'.repeat(n)), 20_000);
    expectLinear('capNesting leaveOutUnread, scripts and svg', (n) => leaveOut('<script>x</script><svg><g><path/></g></svg>'.repeat(n)), 20_000);
    expectLinear('capNesting leaveOutUnread, unclosed svg', (n) => leaveOut('<svg>' + '<g><path/>'.repeat(n)), 20_000);
  });
});
