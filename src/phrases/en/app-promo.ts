import { definePhrases } from '../define.js';

export default definePhrases('en', 'app-promo', [
  {
    id: 'download-app',
    patterns: [
      '^(download|get|install|try|use) (our|the) * app',
      '(download|get|install) our * app',
      '(download|get) the app (now|today|free|for free)',
      'get the app$',
      // "Get it on Amazon for $199" is a shopping line, not an app: only the app itself is got from a store.
      '^(download|get) the app (on|from)',
      '^download (it|now) (on|from)',
    ],
  },
  {
    id: 'app-stores',
    patterns: [
      '(available|download|get it|get) (on|from|in) [the ](app store|apple app store|google play|play store|google play store)',
      '(app store|apple app store) (and|or) [on ](google play|play store|google play store)',
      '(google play|play store) (and|or) [the ]app store',
      '^(app store|google play|play store) (google play|app store|play store)$',
      'scan the qr code (to|and) (download|get|install)',
    ],
  },
  {
    id: 'in-app',
    patterns: [
      '(read|listen|watch|stay informed|follow|get) * (on|in|with) our [free ](app|mobile app|news app|apps)',
      '(open|read|continue) [this ][article|story] in (the|our) app',
      '(turn on|enable|allow|get) [push ]notifications (for|on|from)',
      'breaking news alerts (on|in|from) (our|the) app',
      '(better|best) experience (on|in) (our|the) app',
    ],
  },
]);
