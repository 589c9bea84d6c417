import { Tokenizer, QuoteType } from 'htmlparser2';
import { BLOCK_TAGS, SKIP_TAGS } from '../segment/html-tags.js';

/**
 * Element nesting beyond which further opening tags are dropped. Real pages stay far below it
 * (the deepest in the ScrapingHub and evaldata corpora is under 100); a page past it is broken or
 * hostile. The cap matters because htmlparser2, under linkedom and sanitize-html, keeps its open
 * elements in an array it grows at the front: each tag costs time proportional to the nesting
 * depth, so 50,000 nested elements cost seconds. With the cap each tag costs at most a bounded amount.
 */
export const MAX_NESTING = 1000;

// The tree-building rules of htmlparser2 10.x (Parser.ts), which linkedom and sanitize-html use:
// which open elements a new tag closes, which tags never open, where `<x/>` closes itself.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']], ['li', ['li']],
      ['p', P], ['h1', P], ['h2', P], ['h3', P], ['h4', P], ['h5', P], ['h6', P],
      ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
      ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
      ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P], ['dl', P], ['fieldset', P],
      ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P], ['hr', P], ['main', P], ['nav', P], ['ol', P],
      ['pre', P], ['section', P], ['table', P], ['ul', P], ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
    ] as [string, string[]][]
  ).map(([tag, closes]) => [tag, new Set(closes)]),
);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr',
]);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Raw-text elements: their content is never markup, and never visible article text. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const ENTITY_TAIL = /[A-Za-z0-9#&]/;
// White space as htmlparser2's tokenizer has it (isWhitespace): what separates attributes.
const WHITE_SPACE = /[ \t\n\f\r]/;

/**
 * Caps element nesting at `max` in one linear pass, before the markup reaches a tree builder.
 *
 * The pass tokenises with htmlparser2's own tokenizer and replays htmlparser2's tree-building rules
 * (implied closes, void elements, self-closing tags in SVG and MathML) on an explicit stack, so it
 * knows each element's depth exactly as linkedom will build it. Past the cap:
 * - an opening tag is dropped together with its matching closing tag, and its text stays where it
 *   was; a block element's tags become `<br>`, so its text still ends up a block of its own;
 * - an element whose content is never visible (script, style, template, svg, `hidden`, …) is dropped
 *   whole, content included, so no script source or hidden text turns into article text.
 * Markup that never goes past the cap is returned unchanged (the same string).
 *
 * With `keepAttribute`, the same pass also leaves out the attributes of kept tags it says no to
 * (their names are passed as written), so a tree builder never makes nodes for them. An attribute
 * is only taken out where white space precedes it: the markup around it then reads the same.
 */
export function capNesting(html: string, max: number = MAX_NESTING, keepAttribute?: (name: string) => boolean): string {
  if (html.length < max * 3) return html; // not enough room for max opening tags
  const names: string[] = []; // the open elements, innermost last
  const openAt = new Map<string, number[]>(); // per tag name, stack positions where it is open
  // htmlparser2's foreign-content flags (does `<x/>` close itself?), innermost last: as the tree builder
  // will see them (kept tags only), and as the uncapped markup has them (for tags that are dropped).
  const foreign: boolean[] = [false];
  const fullForeign: boolean[] = [false];

  const out: string[] = [];
  let cursor = 0;
  let lastChar = ''; // of the output so far (reading it back from a growing string would flatten it)
  let brSince = -1; // where the output last ended with a `<br>` and then only white space
  const edit = (start: number, end: number, replacement: string): void => {
    if (start > cursor) {
      const between = html.slice(cursor, start);
      out.push(between);
      lastChar = html[start - 1];
      if (brSince >= 0 && between.trim()) brSince = -1;
    }
    // One line break stands for a run of dropped block tags with nothing but white space between.
    if (replacement === '<br>') {
      if (brSince >= 0) replacement = '';
      else brSince = start;
    }
    // A tag taken out from between `&am` and `p;` would make an entity of text: keep them apart.
    if (replacement === '' && ENTITY_TAIL.test(lastChar)) replacement = '<!---->';
    if (replacement) {
      out.push(replacement);
      lastChar = '>';
      if (replacement !== '<br>') brSince = -1;
    }
    cursor = end;
  };

  // Dropping an invisible element whole: from its '<' until the element is closed.
  let skipFrom = -1;
  let skipDepth = -1;

  // The tag being read.
  let tagName = '';
  let tagStart = 0;
  let tagDepth = -1; // its stack position, or -1 when it is void
  let tagDropped = false;
  let tagHidden = false;
  let attrName = '';
  let attrValue = '';
  let attrStart = -1; // where an attribute of a kept tag that is left out begins

  const push = (name: string): void => {
    const at = openAt.get(name);
    if (at) at.push(names.length);
    else openAt.set(name, [names.length]);
    names.push(name);
  };
  const pop = (): void => {
    const name = names.pop()!;
    openAt.get(name)!.pop();
  };
  /** Ends a skip whose element the last pops closed: the range ends at `end` (exclusive). */
  const endSkipIfClosed = (end: number): void => {
    if (skipFrom >= 0 && names.length <= skipDepth) {
      edit(skipFrom, end, '');
      skipFrom = -1;
      skipDepth = -1;
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        tagName = name;
        tagStart = start - 1;
        tagHidden = false;
        const closes = IMPLIES_CLOSE.get(name);
        if (closes) {
          while (names.length && closes.has(names[names.length - 1])) pop();
          endSkipIfClosed(tagStart);
        }
        const inSkip = skipFrom >= 0;
        if (VOID.has(name)) {
          // A void element adds no depth; past the cap only the two that close open elements (hr,
          // input) go, since they would close different elements once the dropped ones are gone.
          tagDepth = -1;
          tagDropped = inSkip || (names.length > max && IMPLIES_CLOSE.has(name));
        } else {
          tagDepth = names.length;
          tagDropped = inSkip || tagDepth >= max;
          const flag = FOREIGN.has(name) ? true : INTEGRATION.has(name) ? false : null;
          if (flag !== null) {
            fullForeign.push(flag);
            if (!tagDropped) foreign.push(flag);
          }
          push(name);
        }
      },
      onattribname(start, end) {
        if (!tagDropped) {
          attrStart = keepAttribute && WHITE_SPACE.test(html[start - 1]) && !keepAttribute(html.slice(start, end)) ? start : -1;
          return;
        }
        // On dropped tags the attributes tell whether the element is hidden.
        attrName = html.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata(start, end) {
        if (tagDropped) attrValue += html.slice(start, end);
      },
      onattribentity(cp) {
        if (tagDropped) attrValue += String.fromCodePoint(cp);
      },
      onattribend(quote, end) {
        if (!tagDropped) {
          if (attrStart >= 0) edit(attrStart, end, '');
          return;
        }
        if (attrName === 'hidden' || (attrName === 'aria-hidden' && quote !== QuoteType.NoValue && attrValue.trim().toLowerCase() === 'true')) {
          tagHidden = true;
        }
      },
      onopentagend(end) {
        finishOpenTag(end + 1, false);
      },
      onselfclosingtag(end) {
        finishOpenTag(end + 1, true);
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        // `</br>` is a line break and other void closing tags do nothing: neither changes the depth.
        if (VOID.has(name)) return;
        // Where the closing tag starts and ends, looked up only when it is edited out.
        const ltAt = (): number => html.lastIndexOf('<', start);
        const tagEnd = (): number => {
          const gtAt = html.indexOf('>', end);
          return gtAt < 0 ? html.length : gtAt + 1;
        };
        const positions = openAt.get(name);
        const at = positions?.length ? positions[positions.length - 1] : -1;
        const inSkip = skipFrom >= 0;
        let kept: boolean;
        if (inSkip) kept = at >= 0 && at < max; // only a kept ancestor's closing tag outlives the skip
        else if (at >= 0) kept = at < max;
        // Closes nothing: a no-op for the tree (bar `</p>`, which makes an empty paragraph, and the
        // foreign-content flags), but a scan of the whole stack in htmlparser2; past the cap, leave it out.
        else kept = !(names.length > max && name !== 'p' && !FOREIGN.has(name) && !INTEGRATION.has(name));
        if (FOREIGN.has(name) || INTEGRATION.has(name)) {
          fullForeign.pop();
          if (kept) foreign.pop();
        }
        if (at >= 0) {
          while (names.length > at) pop();
          if (inSkip) {
            if (skipFrom >= 0 && names.length <= skipDepth) endSkipIfClosed(kept ? ltAt() : tagEnd());
          } else if (!kept) edit(ltAt(), tagEnd(), BLOCK_TAGS.has(name) ? '<br>' : '');
        } else if (!kept && !inSkip) {
          edit(ltAt(), tagEnd(), '');
        }
      },
      ontext() {},
      ontextentity() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    } as ConstructorParameters<typeof Tokenizer>[1],
  );

  function finishOpenTag(end: number, selfClosing: boolean): void {
    const name = tagName;
    const inForeign = (tagDropped ? fullForeign : foreign).at(-1);
    if (selfClosing && inForeign && tagDepth >= 0 && names[names.length - 1] === name) {
      pop(); // `<x/>` in SVG or MathML closes itself
    }
    if (skipFrom >= 0) {
      endSkipIfClosed(end);
      return;
    }
    if (!tagDropped) return;
    if (tagDepth >= 0 && (SKIP_TAGS.has(name) || RAW_TEXT.has(name) || tagHidden)) {
      skipFrom = tagStart;
      skipDepth = tagDepth;
      endSkipIfClosed(end);
      return;
    }
    edit(tagStart, end, BLOCK_TAGS.has(name) || name === 'br' ? '<br>' : '');
  }

  tokenizer.write(html);
  tokenizer.end();
  if (skipFrom >= 0) edit(skipFrom, html.length, '');
  if (!out.length && cursor === 0) return html;
  out.push(html.slice(cursor));
  return out.join('');
}
