import { definePhrases } from '../define.js';

export default definePhrases('en', 'cookie-notice', [
  {
    id: 'we-use-cookies',
    patterns: [
      '(we|this site|this website|our site|our website|this page) (use|uses|using) cookies',
      '(uses|use) cookies (to|for|and similar)',
      '(cookies|cookie) (to|that) (improve|enhance|personalise|personalize|give|provide|offer|analyse|analyze|ensure|measure)',
      'by (continuing|using|browsing|clicking|staying) * (agree|consent|accept) to (the|our) (use of cookies|cookie|cookies)',
      'use of cookies',
    ],
  },
  {
    id: 'cookie-buttons',
    patterns: [
      '(accept|allow|reject|decline|refuse|manage|customise|customize|deny) [all ]cookies',
      'cookie (policy|settings|preferences|consent|notice|banner|declaration|statement|choices)',
      '^(accept|accept all|reject all|allow all|i accept|i agree|got it|deny|manage options|manage preferences|more options|agree and close|accept and close)$',
    ],
  },
  {
    id: 'consent-framework',
    patterns: [
      '(we and our|and our) [# ](partners|vendors) (use|store|access|process|may)',
      '(store|stores) and or access information on (a|your) device',
      'personalised (ads|advertising) and content',
      'personalized (ads|advertising) and content',
      '(ad|ads) and content measurement',
      '^(do not|don t) sell [or share ]my personal information',
      '(your|manage your) (privacy|cookie) (choices|options|preferences|settings)',
    ],
  },
]);
