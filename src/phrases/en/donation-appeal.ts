import { definePhrases } from '../define.js';

export default definePhrases('en', 'donation-appeal', [
  {
    id: 'non-profit',
    patterns: [
      'we are (a|an) (non profit|nonprofit|not for profit|independent|reader funded|reader supported|reader powered|registered charity|charitable|small|volunteer run) * (organization|organisation|newsroom|publication|news site|news organization|news organisation|outlet|media)',
      'we are (a|an) (non profit|nonprofit|not for profit|reader funded|reader supported)',
      '(non profit|nonprofit|independent|reader funded|reader supported) (newsroom|news organization|news organisation|journalism) [that ](relies|depends|is funded)',
    ],
  },
  {
    id: 'help-us',
    patterns: [
      'help us financially',
      'help us (keep|continue|remain|stay|fund|sustain|grow|do) * (journalism|reporting|newsroom|free|independent|going|work|mission)',
      '(can|could|would) you help us',
      'we (need|count on|rely on|depend on) (your|you|readers|our readers|reader) [support|help|donations|contributions]',
    ],
  },
  {
    id: 'support-journalism',
    patterns: [
      'support (independent|quality|local|our|public interest|nonprofit|non profit|fearless|trusted|free|reader funded|community|investigative) (journalism|reporting|newsroom|journalists|news|work|mission)',
      '^support (us|our work|our journalism|the newsroom)',
      '(keep|keeping) (our|this|the) (journalism|reporting|site|website|content|newsroom) (free|independent|open|accessible|alive)',
      '(journalism|reporting) (free|independent) (from|of) (government|corporate|political|commercial|paywalls)',
    ],
  },
  {
    id: 'donate',
    patterns: [
      '^donate$',
      'donate (now|today|here|to us|monthly|once|securely)',
      '^(donate|give|contribute) (to|via|with|through) (us|paypal|patreon|the newsroom)',
      'make a (one time|monthly|recurring|tax deductible|small) (donation|contribution|gift)',
      '(make|give) a (donation|contribution|gift) (today|now|here)',
      '(your|every|any|a small) (donation|contribution|gift) (helps|counts|matters|makes a difference|big or small|of any size|keeps)',
      '(any|every) (amount|contribution|donation) (helps|counts|matters)',
      '(support|back) us on (patreon|paypal|ko fi|substack)',
      '(donations|contributions) are tax deductible',
    ],
  },
  // "become a member of NATO" is news, so a bare "become a member" counts only at the start or with today/now.
  {
    id: 'become-member',
    patterns: [
      '^become a (member|supporter|patron|subscriber|friend|donor)',
      'become a (supporter|patron|sustaining member|paying member|founding member|donor) [today|now|of]',
      'become a (member|supporter) (today|now)',
      'join (our|the) [community of ](members|supporters|readers) (today|now|who)',
      '^(join|join us) (today|now)$',
    ],
  },
  {
    id: 'please-consider',
    patterns: [
      'please consider (supporting|donating|making a donation|making a contribution|contributing|becoming|a donation|a contribution|subscribing)',
      // What is valued is the publication's: "If you like the plan, support it" is a politician's appeal.
      '(if you|you) (value|appreciate|enjoyed|enjoy|like|liked|rely on) (our|what we) * (consider|please|support|donate|help|chip in)',
      '(if you|you) (value|appreciate|enjoyed|enjoy|like|liked|rely on) this (article|story|post|piece|site|website|newsletter|podcast|journalism|reporting|work) * (consider|please|support|donate|help|chip in)',
      '(chip in|pitch in) (today|now|to support)',
      'we (can t|cannot|couldn t) do (this|it) without (you|your support|readers)',
    ],
  },
  // The publisher asks for itself: "supporting the proposal" or "this project" is a poll question in the news.
  {
    id: 'consider-supporting',
    patterns: [
      '(would|will|could) you (consider|think about) supporting (our|us|independent)',
      '(would|will|could) you (consider|think about) supporting (this|the) (site|website|newsroom|publication|blog|podcast|newsletter|journalism|work)',
      '(please|kindly) consider supporting (our|us) (work|journalism|reporting|site|blog)',
    ],
  },
  // The opener of a closing appeal box, only with the ask that follows it: "While you're here, the guide
  // said, look at the frescoes" is a quote.
  {
    id: 'while-you-are-here',
    patterns: [
      '^while you (are|re) here$',
      '^while you (are|re) here (we have|we ve got|we d like|we would like|we need|can we|could we|may we|can you|could you|would you|please|a small favour|a small favor|one small favour|one small favor|a quick favour|a quick favor)',
    ],
  },
  // "If you enjoyed this article", then the ask: the opener alone also starts a tour guide's tip.
  {
    id: 'if-you-enjoyed',
    patterns: [
      '^if you (enjoyed|liked|value|appreciate|appreciated) (this|reading this|our) (article|story|post|piece|journalism|work|reporting) * * (please|consider|support|donate|help us|chip in|become|subscribe|join|we have a)',
    ],
  },
]);
