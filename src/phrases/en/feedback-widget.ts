import { definePhrases } from '../define.js';

export default definePhrases('en', 'feedback-widget', [
  {
    id: 'was-helpful',
    patterns: [
      '(was|is) (this|the) (article|story|page|information|content|post|answer) (helpful|useful|informative|interesting)',
      '^was this (helpful|useful)',
      '(did|do) you find (this|it|the) * (helpful|useful|informative|interesting)',
      '(how|what) (useful|helpful|interesting) (was|is|did you find) (this|the)',
      '^(helpful|not helpful|useful|not useful)$',
      '^(yes|no) (yes|no)$',
      'thanks for [your ](feedback|rating|vote|voting)',
    ],
  },
  {
    id: 'rate-article',
    patterns: [
      '^(rate|rating|rate this|rating for) [this ](article|story|page|post)',
      '(how|what) would you rate (this|the) (article|story|page)',
      '^[average ]rating # (out of|of) #',
      '^# (out of|of) # stars',
    ],
  },
  {
    id: 'report-error',
    patterns: [
      '^(report|flag|submit|suggest|request) (a|an) (error|typo|mistake|problem|issue|correction|inaccuracy)',
      '(report|suggest|submit|request) a correction',
      '(spot|spotted|notice|noticed|see|find|found) (a|an|any) (error|typo|mistake|inaccuracy) * (let us know|tell us|contact|report|please|email)',
      '(error|typo|mistake|inaccuracy) in this (article|story|post|report) *$',
    ],
  },
  {
    id: 'send-feedback',
    patterns: [
      '^(send|give|share|leave|submit) [us ][your ]feedback',
      '^feedback$',
      'tell us what you think (of|about) (this|the|our) (article|story|page|site|coverage)',
      // Addressed to the newsroom ("... contact us"): police appeals for tips close crime stories too.
      '(have|got) a (story|news tip|tip|story idea|news story) * (contact|email|send|write to|reach|message|call) (us|our)',
      // "Residents have a story to tell our reporters" is news; the appeal opens the line.
      '^(have|got) a (story|news tip|tip|story idea|news story) * tell us',
      '(have|got) a (story|news tip|tip|story idea|news story) * (let us know|get in touch with us|drop us)',
      '^(have|got) a (story|news tip|tip|story idea|news story) [for us] get in touch$',
      '^(send|share|submit) [us ](a|your) (news tip|tip|story tip|story idea)',
    ],
  },
  {
    id: 'rating-widget',
    patterns: [
      '^[there are ]no (ratings|reviews|votes) yet$',
      '(click|tap) [on] (a|the) (star|stars) to (rate|vote)',
    ],
  },
  // The reporter's address under a story: "Write to X at x@y.com", "X can be reached at ...". The
  // question opener needs the newsroom after it ("... email us"), the address an e-mail domain:
  // "Have a question about your pension?" and "Write to your MP at Westminster" are news.
  {
    id: 'contact-writer',
    patterns: [
      '^(have|got) a (tip|news tip|story tip|story idea|question|correction) * (email|contact|write to|tell|ask|send|message|call|reach) (us|our)',
      '^(have|got) a (tip|news tip|story tip|story idea|question|correction) * send it to (us|our)',
      '^(have|got) a (tip|question|correction) (about|on|regarding) (this|the) (story|article|topic|report|post) * (us|our|we)',
      '^write to * at * (com|org|net|co uk|com au|io)',
      '^reach the (reporter|reporters|writer|writers|author|authors) (at|on|via)',
      '(can|may) be reached at * (com|org|net|co uk)',
    ],
  },
]);
