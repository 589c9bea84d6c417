import { Tokenizer, QuoteType } from 'htmlparser2';
import { BLOCK_TAGS, SKIP_TAGS } from '../segment/html-tags.js';
import { decodedAttributeValue } from './attribute-value.js';
import { RENAMED_STORED_CLASS, STORED_CLASS } from './class-attribute.js';
import {
  CONTENT_LEFT_OUT, ELEMENTS_LEFT_OUT, isBlank, isReadScript, WHITE_SPACE_KEPT_IN, whiteSpaceDroppable, whiteSpaceSide, type WhiteSpaceSide,
} from './unread-markup.js';

/**
 * Element nesting beyond which further opening tags are dropped. Real pages stay far below it
 * (the deepest in the ScrapingHub and evaldata corpora is under 100); a page past it is broken or
 * hostile. The cap matters because htmlparser2, under linkedom and sanitize-html, keeps its open
 * elements in an array it grows at the front: each tag costs time proportional to the nesting
 * depth, so 50,000 nested elements cost seconds. With the cap each tag costs at most a bounded amount.
 */
export const MAX_NESTING = 1000;
/**
 * White space this long stays even at a block boundary: the language sample (page/locate.ts) takes
 * text nodes of 40 characters and more as they are, indentation included.
 */
const LONG_WHITE_SPACE = 40;

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
 * (each name is passed as where it is written: `source.slice(start, end)`), so a tree builder never makes nodes for them. An attribute
 * is only taken out where white space precedes it: the markup around it then reads the same.
 *
 * With `leaveOutUnread`, the same pass also leaves out the markup no reader of the tree looks at
 * (see unread-markup.ts): comments, `<style>` and every script but JSON-LD, the content of `<svg>`
 * and `<template>`, and runs of white space beside a block boundary (never inside `<pre>` or raw
 * text, never between inline elements or beside `<br>`/`<img>`). It also renames the attribute
 * `class` of kept tags (see class-attribute.ts), which no tree builder then turns into a token list.
 */
export function capNesting(
  html: string,
  max: number = MAX_NESTING,
  keepAttribute?: (source: string, start: number, end: number) => boolean,
  leaveOutUnread = false,
): string {
  if (!leaveOutUnread && html.length < max * 3) return html; // not enough room for max opening tags
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
      lastChar = replacement[replacement.length - 1];
      if (replacement !== '<br>') brSince = -1;
    }
    cursor = end;
  };

  // Dropping an invisible element whole (from its '<' until the element is closed), or only its
  // content (from after its opening tag until its closing tag).
  let skipFrom = -1;
  let skipDepth = -1;
  let skipWhole = true;

  // The markup between two tags while it is only white space and comments (with leaveOutUnread):
  // dropped whole when white space there collapses, else just its comments.
  let gapStart = -1;
  let gapEnd = -1;
  let gapBlank = true;
  let gapHasSpace = false;
  let gapSpaceChars = 0;
  const gapComments: number[] = []; // start, end pairs
  let sideBefore: WhiteSpaceSide = 'block'; // the start of the document is a boundary
  // Whether white space is kept since the last text: one run stays between any two texts, so that
  // no element's textContent glues two words (readers take text across block boundaries as it is).
  let spaceSinceText = true;
  const inElement = (name: string): boolean => (openAt.get(name)?.length ?? 0) > 0;
  const whiteSpaceKept = (): boolean =>
    (names.length > 0 && WHITE_SPACE_KEPT_IN.has(names[names.length - 1])) || inElement('pre') || inElement('textarea') || inElement('listing') || inElement('plaintext');
  /** Settles the gap before a tag (or the end) whose side is `sideAfter`. */
  const closeGap = (sideAfter: WhiteSpaceSide): void => {
    if (gapStart < 0) return;
    if (gapBlank && gapSpaceChars < LONG_WHITE_SPACE && spaceSinceText && whiteSpaceDroppable(sideBefore, sideAfter) && !whiteSpaceKept()) edit(gapStart, gapEnd, '');
    else for (let i = 0; i < gapComments.length; i += 2) edit(gapComments[i], gapComments[i + 1], '');
    if (!gapBlank) spaceSinceText = false;
    else if (gapHasSpace) spaceSinceText = true; // dropped only while it already was
    gapHasSpace = false;
    gapSpaceChars = 0;
    gapStart = -1;
    gapBlank = true;
    gapComments.length = 0;
  };
  /** A tag is next: settles the gap before it; white space after it has the tag on its near side. */
  const atTag = (side: WhiteSpaceSide): void => {
    if (!leaveOutUnread) return;
    if (skipFrom < 0) closeGap(side);
    sideBefore = side;
  };

  // The tag being read.
  let tagName = '';
  let tagStart = 0;
  let tagDepth = -1; // its stack position, or -1 when it is void
  let tagDropped = false;
  let tagHidden = false;
  let attrName = '';
  let attrValue = '';
  let attrStart = -1; // where an attribute of a kept tag that is left out begins
  let watchAttributes = false; // collecting names and values: on dropped tags, and on scripts for their type
  let scriptType: string | undefined;
  let mayLeaveOut = false; // a tag leaveOutUnread drops whole (perhaps: a script, by its type)

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

  // Character references are left as they are: where tags begin and end does not depend on them, and
  // undecoded text and values are skipped in bulk. An entity is text (`&nbsp;` included), so a gap
  // holding one is not blank; the few attribute values read here are decoded (attribute-value.ts).
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        atTag(whiteSpaceSide(name, inElement('head')));
        tagName = name;
        tagStart = start - 1;
        tagHidden = false;
        scriptType = undefined;
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
        mayLeaveOut = leaveOutUnread && ELEMENTS_LEFT_OUT.has(name);
        watchAttributes = tagDropped || (mayLeaveOut && name === 'script');
      },
      onattribname(start, end) {
        // On dropped tags the attributes tell whether the element is hidden; on a script, which it is.
        if (watchAttributes) {
          attrName = html.slice(start, end).toLowerCase();
          attrValue = '';
        }
        // Tags that may still go whole keep their attributes: the tag is left out from its '<' on.
        if (!tagDropped) {
          attrStart =
            keepAttribute && !mayLeaveOut && WHITE_SPACE.test(html[start - 1]) && !keepAttribute(html, start, end) ? start : -1;
          // A page's class attribute is stored under a name linkedom makes no token list for; an
          // attribute the page gives that name itself goes out of its way (see class-attribute.ts).
          if (leaveOutUnread && !mayLeaveOut && attrStart < 0) {
            if (end - start === 5 && html.startsWith('class', start)) edit(start, end, STORED_CLASS);
            else if (end - start === STORED_CLASS.length && html.startsWith(STORED_CLASS, start)) edit(start, end, RENAMED_STORED_CLASS);
          }
        }
      },
      onattribdata(start, end) {
        if (watchAttributes) attrValue += html.slice(start, end);
      },
      onattribend(quote, end) {
        if (!tagDropped) {
          if (attrStart >= 0) edit(attrStart, end, '');
          // The first `type` counts, as in the tree builder.
          if (watchAttributes && attrName === 'type' && scriptType === undefined) scriptType = quote === QuoteType.NoValue ? '' : decodedAttributeValue(attrValue, quote);
          return;
        }
        if (attrName === 'hidden' || (attrName === 'aria-hidden' && quote !== QuoteType.NoValue && decodedAttributeValue(attrValue, quote).trim().toLowerCase() === 'true')) {
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
        atTag(whiteSpaceSide(name, inElement('head')));
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
        // Only a kept ancestor's closing tag outlives the skip, and the element's own when only its
        // content is skipped.
        if (inSkip) kept = at >= 0 && at < max && (at < skipDepth || (at === skipDepth && !skipWhole));
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
      ontext(start, end) {
        if (!leaveOutUnread || skipFrom >= 0) return;
        if (gapStart < 0) gapStart = start;
        gapEnd = end;
        if (gapBlank && !isBlank(html, start, end)) gapBlank = false;
        gapHasSpace = true;
        gapSpaceChars += end - start;
      },
      // Never called: references are not decoded here (see above).
      onattribentity() {},
      ontextentity() {},
      oncdata() {
        atTag('other');
      },
      oncomment(start, end) {
        if (!leaveOutUnread || skipFrom >= 0) return;
        const from = html.lastIndexOf('<', start - 1); // the content may begin with '<' itself
        const to = Math.min(end + 1, html.length);
        if (gapStart < 0) gapStart = from;
        gapEnd = to;
        gapComments.push(from, to);
      },
      ondeclaration() {
        atTag('block');
      },
      onprocessinginstruction() {
        atTag('other');
      },
      onend() {
        atTag('block');
      },
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
    const open = tagDepth >= 0 && names.length > tagDepth;
    if (!tagDropped) {
      if (!leaveOutUnread || !open) return;
      if (ELEMENTS_LEFT_OUT.has(name) && !(name === 'script' && isReadScript(scriptType))) {
        skipFrom = tagStart;
        skipDepth = tagDepth;
        skipWhole = true;
      } else if (CONTENT_LEFT_OUT.has(name)) {
        skipFrom = end;
        skipDepth = tagDepth;
        skipWhole = false;
      }
      return;
    }
    if (tagDepth >= 0 && (SKIP_TAGS.has(name) || RAW_TEXT.has(name) || tagHidden)) {
      skipFrom = tagStart;
      skipDepth = tagDepth;
      skipWhole = true;
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
