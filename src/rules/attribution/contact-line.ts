import type { Rule } from '../rule.js';

// A line that is only an address: an e-mail, a web address, a social handle, a site's domain
// ("jane.doe@gazette.example", "twitter.com/janedoe", "@janedoe", "GAZETTE.COM"). Under a story it is the
// reporter's contact or the source's site. Alone it is not sure enough to remove mid-article (a link list
// in a guide), so the verdict is weak: the tail or a removed neighbour must agree.
// A site's bare domain printed as plain text, on a line of its own ("GAZETTE.COM" between paragraphs),
// is the exception: a reader cannot follow it, so it is no resource but the source's or writer's sign-off.
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const URL = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,12}(?:\/[^\s]*)?$/iu;
const HANDLE = /^@[\w.]{2,30}$/u;
/** A domain alone, without scheme or path: `gazette.com`, `www.gazette.example`. */
const BARE_DOMAIN = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,12}$/iu;

const rule: Rule = {
  id: 'attribution/contact-line',
  kind: 'attribution',
  languages: '*',
  description: 'A line that is only an e-mail, a web address or a handle, like a reporter\'s contact under a story.',
  examples: {
    kept: 'Readers can write to the harbour authority at its office on the quay.',
    removed: 'jane.doe@gazette.example',
  },
  test(block) {
    const text = block.text.trim().replace(/[.,;]$/, '');
    if (text.length > 80 || /\s/.test(text)) return null;
    if (!EMAIL.test(text) && !URL.test(text) && !HANDLE.test(text)) return null;
    if (block.linkChars === 0 && !block.heading && !block.listItem && BARE_DOMAIN.test(text)) {
      return { confidence: 0.8, reason: 'only a site\'s domain, as plain text: a sign-off, not a link to follow' };
    }
    return { confidence: 0.5, reason: 'only an address or handle' };
  },
};

export default rule;
