import { definePhrases } from '../define.js';

export default definePhrases('en', 'related-links', [
  // "^read more" cannot tell "Read more: <title>" from "Read more than 300 books" (the syntax has no
  // negation); a sentence opening with imperative "Read more than" is rare, and rules weigh length.
  {
    id: 'read-more',
    patterns: [
      '^read more',
      '^(see|click|learn|find out|discover) more$',
      '^(read|see|watch|view) [the ][full ](story|article|report|coverage) here$',
      '^(read|see) [the ]full (story|article|report|coverage)',
      '^(click|tap) here (to|for) (read|more|see|the full|full|watch)',
      '^continue reading$',
    ],
  },
  {
    id: 'also-read',
    patterns: [
      '^(also read|read also|see also|also see|also on|also in|also watch|watch also|also listen|read next|up next|watch next|what to read next|keep reading|don t miss|do not miss|must read|must reads)',
      '^(further|recommended|suggested|related) reading',
      '^(in case you missed it|icymi)',
    ],
  },
  {
    id: 'related',
    patterns: [
      '^related$',
      '^related (stories|story|articles|article|coverage|content|news|posts|post|reading|links|topics|videos|video|items|reports|report|questions|searches|galleries|features|pages|quizzes)',
      '^(more|other|similar|recent|latest|top|trending|popular|recommended|featured|editor s|editors) (stories|articles|news|posts|videos|headlines|reads|picks|items|coverage)$',
      '^(more|other|similar) (stories|articles|news|coverage) (from|by|about|on|in|like this)',
      '^more (from|on this|on this story|on this topic|in this series|about this|stories from|news from)',
      '^(most|top) (read|popular|viewed|shared|commented|watched|emailed) [stories|articles|news|this week|today|now]$',
      '^(trending|trending now|latest|latest news|top stories|recommended|recommended for you|popular now|just in|more news)$',
    ],
  },
  {
    id: 'you-may-like',
    patterns: [
      'you (may|might|could|will) also (like|enjoy|be interested in|want to read|want to know|want to see|want to watch)',
      'you (may|might) (be interested in|have missed|like)$',
      '^(recommended|suggested|picked|selected) for you',
      '^(previous|next) (article|story|post|page|item)',
      '^(previous|next)$',
      '(more|other) (articles|stories) (by|from) (this|the same) (author|writer|reporter)',
    ],
  },
  {
    id: 'find-it-here',
    patterns: [
      '(you can|you ll) find (it|them|more|everything|all) here$',
      'we (explain|explained|cover|covered) (this|it|how|why|what) * in our (guide|article|explainer|story|piece)',
    ],
  },
  {
    id: 'more-stories',
    patterns: [
      '^more (great|top|good|essential) * (stories|reads|articles)$',
      '^(follow|read|see|get) * (full|complete|latest|more) coverage (of|at|on|here)',
    ],
  },
]);
