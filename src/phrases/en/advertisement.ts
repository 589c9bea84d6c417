import { definePhrases } from '../define.js';

export default definePhrases('en', 'advertisement', [
  {
    id: 'ad-label',
    patterns: [
      '^(advertisement|advertisements|advert|adverts|ad|ads|advertising|advertorial|sponsored|promoted|promotion|paid content|paid post|partner content|paid partnership|sponsored content|sponsored post|sponsored story|sponsored links|sponsor content|brand content|commercial content)$',
      '^(sponsored|promoted|presented|brought to you) by',
      '^(advertisement|advertising|sponsored content|paid content|partner content) (from|by|for|continue|scroll)',
      '^(ad|advertisement) # of #$',
    ],
  },
  {
    id: 'continue-below',
    patterns: [
      '(story|article|content|text|reading|feature) continues (below|after)',
      'continue reading (below|after) [the ](ad|advertisement|advert)',
      '^continue reading below',
      '^scroll [down ]to continue[ reading]',
      '(continues|continue) below [this ](advertisement|ad|advert)',
    ],
  },
  {
    id: 'ad-blocker',
    patterns: [
      '(disable|turn off|whitelist|pause|deactivate) [your ](ad blocker|adblock|adblocker|ad block|ad blocking)',
      '(using|use|detected|have) an (ad blocker|adblocker|adblock)',
      '(ad blocker|adblocker|adblock) (detected|is on|is enabled)',
      '^(skip|close) (ad|advert|advertisement)$',
      '^(ad feedback|adchoices|ad choices|remove ads|hide ads|report this ad|why this ad)$',
      '^(ads|advertising) by ',
    ],
  },
  // Shopping and review disclosures: the reader is told links earn the site money.
  {
    id: 'affiliate-disclosure',
    patterns: [
      // The page or the publisher as the subject: "Some influencers' posts contain affiliate links" is news.
      '(this|our|the following) (post|article|page|story|site|website|guide|review|content|piece|newsletter|list|roundup) [may|might] (contains|contain|includes|include|uses|use|features) affiliate links',
      '(we|i) [may|might|sometimes] (use|include|participate in) affiliate (links|programs|programmes|marketing)',
      '(links|some links|some of the links|links on this page|links in this article|links in this post) (are|may be|might be) affiliate links',
      '^(contains|contain|includes|this post contains) affiliate links',
      '(we|i) (may|might|will) (earn|receive|get|make) (a|an) [small] (commission|compensation|affiliate commission|fee) (if|when|from)',
      'advertisers (do|does) not influence (our|the) (picks|recommendations|reviews|ratings)',
      '(we|i) (may|might) (receive|earn) compensation (if|when|from)',
    ],
  },
]);
