import { definePhrases } from '../define.js';

export default definePhrases('en', 'paywall', [
  {
    id: 'subscribe-to-continue',
    patterns: [
      '(subscribe|sign in|log in|login|register|sign up|upgrade|join|become a subscriber|become a member) [now ]to (continue|keep) reading',
      'to (continue|keep) reading (this|the|our) (article|story|full|premium)',
      'continue reading (with|for) (a|an|just|only|free)',
      '(subscribe|sign in|log in|register) to (read|unlock|access|view|see) (the|this|our) (full|entire|rest|article|story|premium)',
      '(unlock|get|gain|enjoy|want) unlimited (access|digital access|reading|articles|stories)',
      '(unlock|read) (this|the full|the rest of this) (article|story)',
      'the rest of (this|the) (article|story) is (for|available|only|reserved|exclusive)',
    ],
  },
  // No bare "available to members": "available to members of the public".
  {
    id: 'subscribers-only',
    patterns: [
      '(exclusive|reserved|available|only) (to|for) [our ](subscribers|paying subscribers|premium subscribers|premium members|digital subscribers|paid subscribers|subscribers only|members only)',
      'this (article|story|content|piece|feature) is (for|only for|exclusively for|only available to|available only to|reserved for) (subscribers|members|premium|paying|digital subscribers)',
      '^[for ](subscribers|members|premium subscribers) only$',
      '(subscribers|members|subscriber|premium) only (content|article|story|feature|access)',
      '^(premium|subscriber exclusive|subscribers only|members only|plus)$',
    ],
  },
  {
    id: 'article-limit',
    patterns: [
      '(you ve|you have) (reached|used|hit|read) * (limit|free articles|free stories|free article|articles this month|monthly)',
      '(reached|hit|exceeded) your (limit|monthly limit|free limit|article limit) (of|for)',
      '# [free ](articles|stories) (left|remaining)',
      '[free ](articles|stories) (left|remaining) this (month|week)',
      'this is your (last|final) free (article|story)',
      'you have # [free ](articles|stories|article|story) (left|remaining)',
    ],
  },
  {
    id: 'already-subscriber',
    patterns: [
      'already (a subscriber|subscribed|a member|have an account|registered|a paying)',
      'not [yet ]a (subscriber|member)',
      '(log in|sign in|login) [here|now|below] to (read|access|view|continue)',
    ],
  },
  {
    id: 'subscribe-offer',
    patterns: [
      '^subscribe (now|today)$',
      '(start|try|begin) (your|a) (free trial|# day free trial|trial)',
      '(try|get) # (days|weeks|months|day|week|month) (free|for free)',
      '(just|only) # [cents|pence|p] (a|per) (week|month|day)',
      'cancel [at] (any time|anytime)',
      '(digital|premium|all access) subscription (from|for|starting at)',
      '(subscribe|subscription) (from|for) (just|only)',
    ],
  },
  // The teaser's closing line: "To view the full story, please subscribe to ...".
  {
    id: 'subscribe-for-full-story',
    patterns: [
      // Not "report": "To read the full report, please register on the ministry's website" is a pointer in the news.
      '^to (view|read|see|access|enjoy) (the|this) (full|whole|entire|complete) (story|article|post) [please] (subscribe|log in|sign in|register|become a member)',
    ],
  },
  {
    id: 'print-subscription',
    patterns: [
      'delivered (to|through) your (door|letterbox|letter box|doorstep|mailbox) every (month|week|day|morning)',
      // The offer as its own line ("12 issues for £20"), or a verb of the offer before it; an issue count
      // with a price inside a sentence is news about a magazine.
      '^# issues for #$',
      '^(get|try|subscribe for|enjoy|receive) [your first] # issues for #',
      '# issues for (just|only) #',
      // A standalone offer line: "New subscribers will receive a free month, Disney said" is a report.
      '^(new|first time) subscribers [also|will] (receive|get) * (bag|tote bag|gift|book|voucher|issue|issues|month|months|trial|discount|edition|guide)$',
      '^(new|first time) subscribers [will] also (receive|get) (a|an) (special|free|exclusive|welcome)',
      '^subscribe to * and (stay|get|enjoy|support|never miss)',
    ],
  },
]);
