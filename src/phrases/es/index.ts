import type { PhraseFile } from '../define.js';
import attribution from './attribution.js';
import syndicationCredit from './syndication-credit.js';
import donationAppeal from './donation-appeal.js';
import commentCounter from './comment-counter.js';
import sharePrompt from './share-prompt.js';
import newsletterSignup from './newsletter-signup.js';
import followPrompt from './follow-prompt.js';
import relatedLinks from './related-links.js';
import paywall from './paywall.js';
import appPromo from './app-promo.js';
import advertisement from './advertisement.js';
import readingMeta from './reading-meta.js';
import tags from './tags.js';
import cookieNotice from './cookie-notice.js';
import feedbackWidget from './feedback-widget.js';

export const es: readonly PhraseFile[] = [
  attribution,
  syndicationCredit,
  donationAppeal,
  commentCounter,
  sharePrompt,
  newsletterSignup,
  followPrompt,
  relatedLinks,
  paywall,
  appPromo,
  advertisement,
  readingMeta,
  tags,
  cookieNotice,
  feedbackWidget,
];
