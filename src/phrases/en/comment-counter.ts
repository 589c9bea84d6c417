import { definePhrases } from '../define.js';

export default definePhrases('en', 'comment-counter', [
  {
    id: 'count',
    patterns: [
      '^# (comment|comments|response|responses|reply|replies|reaction|reactions|opinions)$',
      '^(comment|comments|responses|replies|reactions|discussion) #$',
      '^# (comments|comment|responses) (so far|and counting|on this story|on this article)',
      '^(no|zero|one) (comments|comment|responses|replies) [yet|so far]$',
      '^(view|show|read|see|load|open|hide|display|read all|view all|show all|see all|load more|jump to) [#] (comments|comment|replies|reactions|responses) [#]$',
    ],
  },
  {
    id: 'label',
    patterns: [
      '^(comments|comment|discussion|reader comments|your comments|readers comments)$',
      '^(comments|comment) (are|is) (closed|disabled|moderated|now closed|turned off|open)',
      '^(commenting|comments) (has been|have been) (closed|disabled|turned off)',
    ],
  },
  {
    id: 'leave-comment',
    patterns: [
      '^(leave|post|add|write|submit|share) (a|your) (comment|reply|response)',
      '(click|tap) [here] to (leave|add|post|write|view|read|see) (a|the) (comment|comments)',
      '(log in|sign in|login|register|subscribe) to (comment|leave a comment|post a comment|join the discussion|join the conversation|reply)',
      'you must be (logged in|signed in|registered) to (post|leave|add|write) a comment',
    ],
  },
  {
    id: 'be-first',
    patterns: [
      'be the first to (comment|leave a comment|reply|respond|share your thoughts)',
      '[there are ]no comments yet',
      'start the (conversation|discussion)$',
    ],
  },
  {
    id: 'join-conversation',
    patterns: [
      '^join the (conversation|discussion|debate)',
      '(join|start|continue) the (conversation|discussion) (below|in the comments|here)',
      '(let us know|tell us|share your thoughts|share your views|share your opinion) (in the|below in the|in) comments',
      'what do you think * (comments|below)$',
      'comment below$',
    ],
  },
  {
    id: 'not-logged-in',
    patterns: [
      '^you (are|re) not (logged in|signed in)$',
      'you (must|need to|have to) (log in|sign in|be logged in|be signed in) to (comment|join the discussion|join the conversation|take part in the discussion)',
    ],
  },
  {
    id: 'moderation-note',
    patterns: [
      '(we are|we re) [temporarily] moderating (all|every) comments',
      // Only the site's own moderation: "Comments are reviewed by a panel of judges" is news about a contest.
      '^[all] comments are (moderated|reviewed) before (they|being) (appear|are published|are posted|go live|published|posted|approved)',
      '^[all] comments are (moderated|reviewed) by (a|our|the) (moderator|moderators|editors|editorial team|moderation team)',
      '^[all] comments are (moderated|subject to moderation)$',
    ],
  },
]);
