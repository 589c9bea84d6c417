import { definePhrases } from '../define.js';

export default definePhrases('en', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      '^[with] (input|inputs) from [the] (agencies|agency|wire|wires|news|desk|bureau|afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara)',
      'with (input|inputs) from * (agency|agencies|wires|wire services)$',
      '^with additional (reporting|input|inputs) (from|by)',
      '(additional|further) reporting (by|from)',
    ],
  },
  {
    id: 'reporting-by',
    patterns: [
      '^(reporting|writing|editing|edited|compiled|produced|fact checking) by',
      '(reporting|writing) by * (editing|edited) by',
      '^(reporting|writing|editing) by * (and|by)',
      'contributed (to|reporting to|reporting for) this (report|story|article)',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(has|have) not been edited by * (staff|team|editors|desk|newsroom)',
      '(auto generated|automatically generated|published) from a syndicated [news] feed',
      'from a (syndicated|wire agency|news agency|agency) feed without',
      'without (modifications|modification|changes|any changes) to the text',
      'only the (headline|headline and picture|picture|image) (has|have|may have) been (changed|reworked|modified|edited)',
    ],
  },
  // No bare "^copyright": "Copyright holders are suing..." opens news sentences. "(c)" is dropped by the
  // normal form, so a notice is known by a year, a company suffix or "all rights reserved".
  {
    id: 'copyright',
    patterns: [
      '^copyright$',
      '^copyright (c|by|of|owned by|notice)',
      '^copyright * (ltd|limited|inc|llc|gmbh|media|group|press|plc|corporation|corp|news|publishing|newspapers|holdings)$',
      'copyright [c] #',
      'all rights reserved',
      '^# (afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara|the associated press|associated press|agence france presse|the canadian press|press association)$',
      '^(c|copyright) (afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara|the associated press|associated press)',
    ],
  },
  // Two verbs in a row ("may not be published, broadcast"): "the names may not be published" in a court report
  // is a single verb.
  {
    id: 'reprint-notice',
    patterns: [
      'may not be (published|reproduced|broadcast|rewritten|redistributed|republished|copied|distributed) (broadcast|rewritten|redistributed|distributed|transmitted|reproduced|republished|or|in whole|without)',
      '(reproduced|republished|copied|distributed|reprinted|used) * without [the] [prior|express] written (permission|consent)',
      '(reproduction|republication|redistribution) * [is] (prohibited|forbidden|not permitted|strictly prohibited)',
      '(reproduction|republication|redistribution) in (whole or in part|any form|part or in whole)',
      'without [the] [prior|express] written (permission|consent) [of the publisher] (is|are) (prohibited|forbidden|not permitted)',
      '(republished|reprinted|reproduced) (with|by) [kind] permission',
      '(republished|reproduced|published) under a creative commons (licence|license)',
      'this (article|story|piece|post) (is|was) (republished|reprinted|reproduced) from',
    ],
  },
  {
    id: 'wire-tag',
    patterns: [
      '^(with|by|from) (agencies|wires|news agencies|afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara)$',
      '^(with|by) (afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara) and (afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara|agencies)$',
    ],
  },
  // Bare agency names alone on a line: the same group name as other languages', which
  // syndication-credit/phrase reads to keep names an article lists as its own text.
  {
    id: 'agency-tag',
    patterns: [
      '^(afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara) (afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara|agencies|staff)$',
      '^(agencies|staff and agencies|wire services|news agencies|wires|afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pti|ians|ani|upi|bloomberg|kyodo|yonhap|anadolu|aa|apa|sda|belga|anp|pap|lusa|ap photo|cnn|bbc|aap|ips|wam|irna|bernama|antara)$',
      '^[the ](associated press|canadian press|press association|agence france presse)$',
    ],
  },
  {
    id: 'originally-published',
    patterns: [
      'this (article|story|piece|post|report|content) (was|is|has been) (originally|first) (published|posted)',
      '(was|is) (originally|first) published (by|on|in|at) *$',
      '^(distributed|syndicated) by',
    ],
  },
  // The publisher distancing itself from a contributed piece, and issuers' notices on distributed press releases.
  {
    id: 'views-disclaimer',
    patterns: [
      '(views|opinions) expressed (in this|here|herein|by the) * (are|do not|does not) [solely|only] (those|necessarily|reflect|represent)',
      'do not necessarily (reflect|represent) the (views|opinions|position|policy|policies) of (this|the|our) (site|website|publication|newspaper|editors|editorial board|publisher|magazine|blog|station|network|company)',
      '(issuer|publisher|sender) is solely responsible for the content of this (announcement|release|press release|news)',
      '^unless otherwise (noted|stated|indicated|specified) (content|all content|the content|this work|this site) * (licensed|available) under',
    ],
  },
  // Credit lines set under pictures: "Image copyright Getty Images", "Photo courtesy of X".
  // The contributor line that closes wire and newspaper stories: "Jane Doe contributed reporting from Paris."
  {
    id: 'picture-credit-label',
    patterns: [
      '^(image|photo|picture|video|footage) (copyright|credit|credits|courtesy|source)',
      '^* * contributed (reporting|research|additional reporting)',
    ],
  },
  // How to cite the piece: a scholarly blog's or journal's note on reuse, not the text itself.
  {
    id: 'cite-as',
    patterns: [
      // The labels alone: "Cite as many sources as you can" and "Suggested citation changes were …" are prose.
      '^(suggested|recommended|preferred) citation$',
      '^(cite this|how to cite this) (article|post|page|paper|entry|piece|story|chapter)',
      '^to cite this (article|post|page|paper|entry|piece|story|chapter)$',
      '^cite as$',
    ],
  },
]);
