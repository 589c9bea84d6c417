import type { Rule, RuleContext } from '../rule.js';
import { lastArticleParagraph } from '../../decide/content-end.js';

// A line that is only an address: an e-mail, a web address, a social handle, a site's domain
// ("jane.doe@gazette.example", "twitter.com/janedoe", "@janedoe", "GAZETTE.COM"). Under a story it is the
// reporter's contact or the source's site. Alone it is not sure enough to remove mid-article (a link list
// in a guide), so the verdict is weak: the tail or a removed neighbour must agree.
// A site's bare domain printed as plain text, on a line of its own ("GAZETTE.COM" between paragraphs),
// is the exception: a reader cannot follow it, so it is no resource but the source's or writer's sign-off.
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const URL = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,12}(?:\/[^\s]*)?$/iu;
const HANDLE = /^@[\w.]{2,30}$/u;
/** A domain alone, without scheme or path: `gazette.com`, `www.gazette.example`; the name after `www.` and the top level apart. */
const BARE_DOMAIN = /^(www\.)?([\p{L}\d-]+)(?:\.[\p{L}\d-]+)*\.([a-z]{2,12})$/iu;
/**
 * Endings that name a file or a framework, not a site: a line "Node.js", "README.md" or "index.html" is a
 * subheading or a file name in a technical text. (Some are country domains too, but a bare one-word line
 * ending so is far more often a file.)
 */
const FILE_ENDINGS = new Set([
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'md', 'html', 'htm', 'xhtml', 'php', 'asp', 'aspx', 'jsp', 'py', 'rb', 'rs', 'go', 'java', 'kt',
  'swift', 'cs', 'cpp', 'hpp', 'sh', 'bat', 'ps1', 'json', 'yaml', 'yml', 'toml', 'ini', 'cfg', 'conf', 'log', 'txt', 'rtf', 'pdf',
  'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'csv', 'xml', 'sql', 'db', 'css', 'scss', 'exe', 'dll', 'msi', 'apk', 'dmg',
  'iso', 'bin', 'dat', 'zip', 'rar', 'gz', 'tar', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'mp3', 'mp4', 'wav', 'mov', 'avi',
]);
/** Abbreviated titles glued to a name ("St.Louis", "Dr.Schmidt", "prof.dr"): a name, not a site. */
const TITLES = new Set(['st', 'dr', 'mr', 'mrs', 'ms', 'mt', 'ft', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'hon', 'jr', 'sr', 'ing', 'dipl', 'mag']);

/**
 * Whether a bare `name.tld` reads as a site: the top level a lowercase word (or the whole line in
 * capitals, "GAZETTE.COM"), no file ending, and a name of more than two letters that is no title.
 */
function siteName(text: string, name: string, tld: string): boolean {
  const lower = tld.toLowerCase();
  if (FILE_ENDINGS.has(lower)) return false;
  if (!(/^[a-z]{2,12}$/.test(tld) || (/^[A-Z]{2,12}$/.test(tld) && text === text.toUpperCase()))) return false;
  return name.length > 2 && !TITLES.has(name.toLowerCase());
}

/**
 * A product or company named by its domain ("ASP.NET", "Booking.com") set alone as a subheading is the
 * subject of the text: the text names it in its sentences too, and a paragraph follows it, the section
 * it heads. A site's name in a menu or a sign-off has short lines or the page's end after it, and a
 * site that names itself in its own sentences ("You are commenting using your WordPress.com account")
 * still needs both. Such a line keeps the weak verdict of any address: it goes with the paragraph it
 * heads where that is removed (a site's "about us" box under its name), or after the article's end.
 * Prose here: a block of some words that no phrase data flags (a copyright line, a newsletter box
 * naming the site are no article sentences) and that is not mostly links.
 */
const PROSE_WORDS = 6;

function isProse(context: RuleContext, i: number): boolean {
  const f = context.features[i];
  return f !== undefined && f.words >= PROSE_WORDS && f.hits.size === 0 && f.linkDensity < 0.5;
}

/**
 * The line heads a paragraph of the text, which names it in its sentences (see above). The paragraph
 * under it does not count when it opens with the site's own name ("Lokalzeitung.de ist das …",
 * "Le Journal est un quotidien …" under LEJOURNAL.FR): that is the site describing itself, an "about"
 * box under its name, and where nothing of the article follows it, it is one whatever the text says.
 */
function namedSubject(context: RuleContext, index: number, text: string): boolean {
  const next = index + 1;
  if (!isProse(context, next) || !context.features[next].sentenceEnd) return false;
  const self = selfDescription(text, context.blocks[next].text);
  if (self && lastParagraph(context) <= next) return false;
  const named = proseDomains(context).get(text.toLowerCase().replace(/^www\./, ''));
  return named !== undefined && named.some((k) => k !== next || !self);
}

/** Letters and digits only, lowercased, without accents: "Le Journal" and "LEJOURNAL" read alike. */
function squash(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\d]/gu, '');
}

/** Words read at a paragraph's opening for the site's name, after one leading word ("The City Gazette"). */
const NAME_WORDS = 5;

/** The paragraph opens with the domain or its name before the top level, spelt in words or not. */
function selfDescription(domain: string, paragraph: string): boolean {
  const bare = domain.replace(/^www\./i, '');
  const names = [squash(bare), squash(bare.replace(/\.[^.]+$/, ''))].filter((n) => n.length > 2);
  const words = paragraph.split(/\s+/, NAME_WORDS);
  for (const start of [0, 1]) {
    let joined = '';
    for (let k = start; k < words.length; k++) {
      joined += squash(words[k]);
      if (names.includes(joined)) return true;
      if (!names.some((n) => n.startsWith(joined))) break;
    }
  }
  return false;
}

const lastByContext = new WeakMap<RuleContext, number>();

/** The document's last article paragraph before any verdict: found once. */
function lastParagraph(context: RuleContext): number {
  let last = lastByContext.get(context);
  if (last === undefined) {
    last = lastArticleParagraph(context.blocks, context.features, []);
    lastByContext.set(context, last);
  }
  return last;
}

const DOMAIN_IN_TEXT = /(?<![\p{L}\d.@/_-])(?:www\.)?([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)(?![\p{L}\d/@_-])/gu;
/** Blocks naming a domain, read for the first few only: one beside the line's paragraph is enough. */
const MAX_NAMING = 3;
const domainsByContext = new WeakMap<RuleContext, ReadonlyMap<string, number[]>>();

/** Each domain the text's prose names, with the prose blocks that name it. */
function proseDomains(context: RuleContext): ReadonlyMap<string, number[]> {
  let found = domainsByContext.get(context);
  if (found) return found;
  const map = new Map<string, number[]>();
  context.blocks.forEach((b, i) => {
    if (!b.text.includes('.') || !isProse(context, i)) return;
    for (const m of b.text.toLowerCase().matchAll(DOMAIN_IN_TEXT)) {
      const at = map.get(m[1]);
      if (!at) map.set(m[1], [i]);
      else if (at.length < MAX_NAMING && at[at.length - 1] !== i) at.push(i);
    }
  });
  found = map;
  domainsByContext.set(context, found);
  return found;
}

const rule: Rule = {
  id: 'attribution/contact-line',
  kind: 'attribution',
  languages: '*',
  description: 'A line that is only an e-mail, a web address or a handle, like a reporter\'s contact under a story.',
  examples: {
    kept: 'Readers can write to the harbour authority at its office on the quay.',
    removed: 'jane.doe@gazette.example',
  },
  test(block, index, context) {
    const text = block.text.trim().replace(/[.,;]$/, '');
    if (text.length > 80 || /\s/.test(text)) return null;
    const bare = BARE_DOMAIN.exec(text);
    if (bare && !bare[1] && !siteName(text, bare[2], bare[3])) return null;
    if (!EMAIL.test(text) && !URL.test(text) && !HANDLE.test(text)) return null;
    if (bare && block.linkChars === 0 && !block.heading && !block.listItem && !namedSubject(context, index, text)) {
      return { confidence: 0.8, reason: 'only a site\'s domain, as plain text: a sign-off, not a link to follow' };
    }
    return { confidence: 0.5, reason: 'only an address or handle' };
  },
};

export default rule;
