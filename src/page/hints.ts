/**
 * What class, id, role and itemprop values say about an element. The vocabularies are data:
 * one entry per concept, each a list of word stems matched against the words of an element's
 * class and id (split at `-`, `_`, spaces, digits and camelCase), so `commentList`,
 * `comment-list` and `comments_2` all say "comments". Site-specific names do not belong here.
 */
import type { PageKind } from '../types.js';
import { classOf } from '../parse/class-attribute.js';

interface Vocabulary {
  kind: PageKind;
  /** Whole words (after splitting). A trailing `*` matches any continuation (`subscri*`). */
  words: readonly string[];
}

// Order matters: the first vocabulary that matches names the kind.
const BOILERPLATE_VOCABULARIES: readonly Vocabulary[] = [
  // Not `comment*`: "commentary" is an opinion article; German "Kommentar" likewise, "Kommentare" are comments.
  { kind: 'comments', words: ['comment', 'comments', 'commenting', 'commentlist', 'commentform', 'commentbox', 'commentarea', 'commentsection', 'commentwrap*', 'commentcount', 'disqus', 'respond', 'replies', 'discussion', 'livefyre', 'reactions', 'talkback', 'kommentare', 'kommentieren', 'commentaire*', 'comentario*', 'reply'] },
  { kind: 'navigation', words: ['nav', 'navbar', 'navigation', 'navi', 'menu*', 'breadcrumb*', 'pagination', 'pager', 'skiplink*', 'skip', 'topbar', 'submenu', 'megamenu', 'offcanvas', 'hamburger'] },
  { kind: 'header', words: ['masthead', 'branding', 'siteheader', 'logo'] },
  { kind: 'footer', words: ['footer*', 'colophon', 'copyright', 'impressum', 'legal'] },
  { kind: 'sidebar', words: ['sidebar*', 'aside', 'rail', 'widget*', 'sidebox', 'marginal*', 'secondary'] },
  { kind: 'form', words: ['newsletter*', 'subscri*', 'signup', 'login', 'register', 'searchform', 'search', 'abo', 'paywall'] },
  { kind: 'teaser-list', words: ['related', 'recommend*', 'trending', 'popular', 'mostread', 'most', 'teaser*', 'promo*', 'recirc*', 'outbrain', 'taboola', 'zergnet', 'readmore', 'more', 'also', 'next', 'prev', 'previous', 'upnext', 'morestories', 'latest', 'headlines', 'carousel', 'slider'] },
  { kind: 'page-chrome', words: ['share*', 'sharing', 'social*', 'sociable', 'addthis', 'shariff', 'cookie*', 'consent*', 'gdpr', 'banner', 'modal', 'popup', 'overlay', 'lightbox', 'gallery', 'slideshow', 'ad', 'ads', 'adv', 'advert*', 'adsense', 'adinserter', 'adslot', 'adunit', 'dfp', 'sponsor*', 'werbung', 'anzeige', 'print', 'toolbar', 'tools', 'follow', 'rating', 'ratings', 'disclosure*', 'disclaimer*', 'affiliate*', 'tags', 'tagcloud', 'bio', 'author', 'byline', 'meta', 'dateline', 'date', 'timestamp', 'caption', 'captions', 'figcaption', 'imagecaption', 'photocaption', 'legend', 'legende', 'bildunterschrift', 'bilduntertitel', 'credit*', 'hidden', 'visuallyhidden', 'srt', 'sronly', 'screenreader'] },
];

/** Words that name the article itself. Used as a bonus, never to remove anything. */
const ARTICLE_WORDS = ['article*', 'articlebody', 'entry', 'entrycontent', 'post', 'postcontent', 'postbody', 'story*', 'storybody', 'content', 'maincontent', 'main', 'body', 'text', 'prose', 'richtext', 'blogpost', 'single', 'artikel*', 'beitrag', 'inhalt', 'contenido', 'contenu', 'articolo', 'testo', 'news'];

// Layout flags such as `has-sidebar` or `no-comments` describe a wrapper, not the region itself;
// `label-hidden` (Drupal's field classes) says the field's label is hidden, not the field.
const NEGATORS = new Set(['has', 'no', 'with', 'without', 'hide', 'show', 'is', 'enable', 'disable', 'toggle', 'label']);
// Publishing flags a CMS sets on the story itself (Drupal's `node--promoted`: featured on the front
// page), which the stems above would otherwise read as a promo box.
const FLAGS = new Set(['promoted']);
// Responsive utilities (`hidden-xs`, `hidden-print`) hide an element on some screens or media only:
// it is shown on the others, so `hidden` before a screen size or medium does not name hidden text.
// Design systems name colours and typefaces by rank (`font--secondary`, `text-secondary`,
// `btn-secondary`): a secondary style, not the secondary column.
const STYLE_TARGETS = new Set(['font', 'text', 'color', 'colour', 'bg', 'background', 'btn', 'button', 'border', 'link', 'heading', 'title', 'theme', 'typo', 'typography']);
const VISIBILITY = new Set(['hidden', 'visible']);
const MEDIA = new Set(['xs', 'sm', 'md', 'lg', 'xl', 'xxl', 'mobile', 'phone', 'tablet', 'desktop', 'print']);

function compile(words: readonly string[]): RegExp {
  const parts = words.map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}[a-z]*` : w));
  return new RegExp(`^(?:${parts.join('|')})$`);
}

const COMPILED = BOILERPLATE_VOCABULARIES.map((v) => ({ kind: v.kind, re: compile(v.words) }));
const ARTICLE_RE = compile(ARTICLE_WORDS);
const CAMEL = /([a-z])([A-Z])/g;
const UPPER = /[A-Z]/;
const TAXONOMY = /(?:^|\s)(?:tag|category|cat|topic|format|status|type|section)-\S*/i;
const TAXONOMY_ALL = /(?:^|\s)(?:tag|category|cat|topic|format|status|type|section)-\S*/gi;
const SPLIT = /[^a-z]+/;
const AD_SLOT = /(?:^|\s)code-block-\d+(?:\s|$)/;
const CODE_BLOCK = /(?:^|\s)code-block(?:\s|$)/;
const JS_HOOK = /(?:^|\s)js-\S*/;
const JS_HOOK_ALL = /(?:^|\s)js-\S*/g;
/** Six or more words joined by hyphens or underscores. */
const SLUG = /^[^\s_-]+(?:[-_][^\s_-]+){5,}$/;

/** Lowercased words of class and id: `postComments_2 share-bar` -> post comments share bar. */
export function hintWords(el: Element): string[] {
  if (!el.hasAttributes()) return [];
  const cls = classOf(el);
  let id = el.getAttribute('id');
  // Anchors generated from a heading's or a paragraph's text (`what-are-you-looking-forward-to-next`)
  // are slugs of what it says, not names of a page part.
  if (id && SLUG.test(id)) id = null;
  if (!cls && !id) return [];
  let raw = `${cls ?? ''} ${id ?? ''}`;
  // `js-` classes are hooks for scripts (`js-replyNewMessageContainer`: where a posted reply is
  // inserted), named for what a script does there, not for what the element is.
  if (JS_HOOK.test(raw)) raw = raw.replace(JS_HOOK_ALL, ' ');
  // WordPress's ad-inserter plugins wrap each inserted snippet (ads, affiliate notes, "you may also like")
  // in `code-block code-block-N`: the numbered pair names the slot, where a code sample is one `code-block`.
  if (AD_SLOT.test(raw) && CODE_BLOCK.test(raw)) raw += ' adinserter';
  // CMS taxonomy classes (`tag-social-media`, `category-comments`) name the post's topics, not its parts.
  if (TAXONOMY.test(raw)) raw = raw.replace(TAXONOMY_ALL, ' ');
  if (UPPER.test(raw)) raw = raw.replace(CAMEL, '$1 $2');
  raw = raw.toLowerCase();
  const out: string[] = [];
  for (const w of raw.split(SPLIT)) if (w) out.push(w);
  return out;
}

export interface HintVerdict {
  kind: PageKind;
  word: string;
}

/** The boilerplate concept the element's class or id names, if any. */
export function boilerplateHint(words: readonly string[]): HintVerdict | undefined {
  for (const { kind, re } of COMPILED) {
    for (let i = 0; i < words.length; i++) {
      if (!re.test(words[i]) || FLAGS.has(words[i]) || (i > 0 && NEGATORS.has(words[i - 1]))) continue;
      if (words[i] === 'hidden' && i + 1 < words.length && MEDIA.has(words[i + 1])) continue;
      if (i > 0 && MEDIA.has(words[i]) && VISIBILITY.has(words[i - 1])) continue; // `hidden-print` is no print button
      if (words[i] === 'secondary' && i > 0 && STYLE_TARGETS.has(words[i - 1])) continue;
      return { kind, word: words[i] };
    }
  }
  return undefined;
}

/** How many words of the element's class/id name the article itself. */
export function articleHintCount(words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (ARTICLE_RE.test(w)) n++;
  return n;
}

const BODY_COMPOUNDS = new Set(['articlebody', 'articletext', 'articlecontent', 'entrycontent', 'entrybody', 'postcontent', 'postbody', 'posttext', 'storybody', 'storytext', 'storycontent']);
const BODY_OWNERS = new Set(['article', 'entry', 'post', 'story']);
const BODY_PARTS = new Set(['body', 'content', 'text']);

/**
 * Whether the element names itself the article's body (`entry-content`, `articleBody`,
 * `post_body`), not just some content: everything in it that is not a link list or a region is
 * the article's, prose or not (a table of results, a calendar, a list of ingredients).
 */
export function namesArticleBody(el: Element, words: readonly string[]): boolean {
  if (/articlebody/i.test(el.getAttribute('itemprop') ?? '')) return true;
  for (let i = 0; i < words.length; i++) {
    if (BODY_COMPOUNDS.has(words[i])) return true;
    if (i > 0 && BODY_PARTS.has(words[i]) && BODY_OWNERS.has(words[i - 1])) return true;
  }
  return false;
}

/**
 * The same with each class read on its own and ending in the name: `entry__content` is the body,
 * while in `article-body__newsletter` the body is only the prefix of a part's name.
 */
export function endsInArticleBody(el: Element): boolean {
  if (/articlebody/i.test(el.getAttribute('itemprop') ?? '')) return true;
  const names = `${classOf(el)} ${el.getAttribute('id') ?? ''}`;
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    const words = token.replace(CAMEL, '$1 $2').toLowerCase().split(SPLIT).filter(Boolean);
    const n = words.length;
    if (n && BODY_COMPOUNDS.has(words[n - 1])) return true;
    if (n > 1 && BODY_PARTS.has(words[n - 1]) && BODY_OWNERS.has(words[n - 2])) return true;
  }
  return false;
}

/** ARIA landmark roles that are page chrome. */
export const ROLE_KINDS: Readonly<Record<string, PageKind>> = {
  navigation: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'sidebar',
  search: 'form',
  menu: 'navigation',
  menubar: 'navigation',
  dialog: 'page-chrome',
  alertdialog: 'page-chrome',
  toolbar: 'page-chrome',
};

/** Elements whose tag alone says they are page chrome. */
export const TAG_KINDS: Readonly<Record<string, PageKind>> = {
  nav: 'navigation',
  header: 'header',
  footer: 'footer',
  aside: 'sidebar',
  form: 'form',
  menu: 'navigation',
  // Captions describe a picture; readers and benchmarks take the article to be the running text.
  figcaption: 'page-chrome',
};
