import type { Rule } from './rule.js';
import sourceLine from './attribution/source-line.js';
import aboutSection from './attribution/about-section.js';
import authorBoxMarkup from './attribution/author-box-markup.js';
import contactLine from './attribution/contact-line.js';
import issuerProfile from './attribution/issuer-profile.js';
import syndicationPhrase from './syndication-credit/phrase.js';
import copyrightLine from './syndication-credit/copyright-line.js';
import pictureCredit from './syndication-credit/picture-credit.js';
import captionMarkup from './syndication-credit/caption-markup.js';
import creditLine from './syndication-credit/credit-line.js';
import pictureLabel from './syndication-credit/picture-label.js';
import citationNote from './syndication-credit/citation-note.js';
import anaphoraRun from './slogan-block/anaphora-run.js';
import donationPhrase from './donation-appeal/phrase.js';
import commentPhrase from './comment-counter/phrase.js';
import bareCount from './comment-counter/bare-count.js';
import sharePhrase from './share-prompt/phrase.js';
import newsletterPhrase from './newsletter-signup/phrase.js';
import followPhrase from './follow-prompt/phrase.js';
import relatedPhrase from './related-links/phrase.js';
import linkList from './related-links/link-list.js';
import labelledLink from './related-links/labelled-link.js';
import fileDownload from './related-links/file-download.js';
import listMarkup from './related-links/list-markup.js';
import capsHeadline from './related-links/caps-headline.js';
import paywallPhrase from './paywall/phrase.js';
import appPromoPhrase from './app-promo/phrase.js';
import advertisementPhrase from './advertisement/phrase.js';
import disguisedLetters from './advertisement/disguised-letters.js';
import readingMetaPhrase from './reading-meta/phrase.js';
import dateLine from './reading-meta/date-line.js';
import tagLine from './tags/label-line.js';
import cookiePhrase from './cookie-notice/phrase.js';
import feedbackPhrase from './feedback-widget/phrase.js';
import inDocument from './repeated/in-document.js';

/**
 * Every built-in rule, in the order ties are broken: when two rules are equally sure of a block,
 * the earlier one names its kind. Structural rules that carry extra facts (a source) come first.
 */
export const BUILTIN_RULES: readonly Rule[] = [
  sourceLine,
  aboutSection,
  authorBoxMarkup,
  contactLine,
  issuerProfile,
  syndicationPhrase,
  copyrightLine,
  pictureCredit,
  captionMarkup,
  creditLine,
  pictureLabel,
  citationNote,
  anaphoraRun,
  donationPhrase,
  commentPhrase,
  sharePhrase,
  newsletterPhrase,
  followPhrase,
  relatedPhrase,
  labelledLink,
  fileDownload,
  listMarkup,
  paywallPhrase,
  appPromoPhrase,
  advertisementPhrase,
  disguisedLetters,
  readingMetaPhrase,
  dateLine,
  tagLine,
  cookiePhrase,
  feedbackPhrase,
  bareCount,
  capsHeadline,
  linkList,
  inDocument,
];
