/** A block: the unit every rule judges. A text line, or a run of inline content in an HTML block element. */
export interface Block {
  /** Position in the block list. */
  index: number;
  /** Visible text, whitespace collapsed and trimmed. */
  text: string;
  /** UTF-16 offsets into the input for text input; for HTML, document order of the first and last node. */
  start: number;
  end: number;
  /** Lowercased tag of the nearest block element (`p`, `h2`, `li`, `td`, …), or `line` for text input. */
  tag: string;
  /** True for headings (`h1`–`h6`, or role=heading). */
  heading: boolean;
  /** True when the block sits in a list item. */
  listItem: boolean;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** Lowercased class, id, role, itemprop and aria-label of the element and its ancestors up to the root. */
  hints: string;
  /** Text input: this block was cut from a line where a scraper had glued two blocks together. */
  glued?: boolean;
  /**
   * A wire sign-off cut from the end of the line or text node before it ("-- BERNAMA", "(Reuters)"),
   * so the rules judge it alone; kept with the piece before it, it stays on that piece's line.
   */
  signOff?: boolean;
  /** HTML input: the element that holds the block. */
  element?: Element;
  /** HTML input: the nodes making the block, when they are not the whole element. */
  nodes?: Node[];
  /**
   * HTML input, a block cut from a glued text node: its range in the data of that node, the last of
   * `nodes` (a paragraph cut before its sign-off also holds the text nodes before that one, whole).
   */
  slice?: [number, number];
}
