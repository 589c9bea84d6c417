import { definePhrases } from '../define.js';

export default definePhrases('en', 'attribution', [
  // A bare "^sources" would also fire on "Sources said the talks...", a common sentence opening, so the
  // plural label is narrowed to a lone label or a following agency. The rule checks the colon.
  {
    id: 'source-label',
    patterns: [
      '^source',
      '^sources$',
      '^sources (afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara|agencies|agency|wires|news agencies|news agency|wire services|staff and agencies)',
      '^sources * (and|with) agencies',
    ],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^courtesy of',
      '^(via|credit|credits)$',
      '^(originally published|first published) (by|in|on|at)',
      '^(this|the) (article|story|piece|report) (originally|first) (appeared|ran) (on|in|at)',
    ],
  },
  // Heads of the closing "about" box: the author's bio or the issuer's boilerplate. Matched by
  // ../../rules/attribution/about-section.ts only on a short label that opens the page's last section.
  {
    id: 'about-label',
    patterns: [
      '^about (the|this|our) (author|authors|writer|writers|contributor|contributors|reporter|columnist|blogger|company|organisation|organization|publisher)$',
      '^(author|authors|the author|about me|about us|author bio|author info|author information)$',
      '^about [the] * (inc|ltd|llc|plc|corp|corporation|group|gmbh|ag|sa|foundation|institute|university|association)$',
    ],
  },
  // The company profile that closes a press release: who the issuer is, where it sits, how many it employs.
  // Matched by ../../rules/attribution/issuer-profile.ts, which trusts it only after the article's last paragraph.
  {
    id: 'issuer-profile',
    patterns: [
      '^* is a (global|leading|world leading|worldwide|international|european|fast growing|privately held|publicly traded|independent) * (provider|supplier|manufacturer|company|developer|specialist|maker|producer|operator|group|firm|platform) (of|for|in|focused|specialising|specializing|that|with|offering)',
      '^* (is|are) headquartered in',
    ],
  },
]);
