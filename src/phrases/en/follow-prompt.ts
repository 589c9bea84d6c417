import { definePhrases } from '../define.js';

export default definePhrases('en', 'follow-prompt', [
  {
    id: 'follow-us',
    patterns: [
      'follow (us|me) (on|at|via|in|for)',
      '^follow (us|me)',
      '^follow [on|at] (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news)$',
      'follow (our|the) * (on|at) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news)',
      'follow (the latest|all the latest|our coverage|live updates) (on|at|via)',
      'by following us',
    ],
  },
  {
    id: 'like-us',
    patterns: [
      '(like|find|join|connect with|add) us on (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news)',
      '(subscribe|join) [to ]our (youtube|telegram|whatsapp|instagram) (channel|group|community|page|account)',
      '(connect|stay connected|keep in touch|stay in touch) with us',
      '^(connect|stay connected|stay in touch) (on|via) social media',
      '(preferred|trusted) source on google',
    ],
  },
  {
    id: 'social-handle',
    patterns: [
      '^(twitter|x|instagram|facebook|tiktok|threads|bluesky|mastodon) (handle|account|page)$',
      '(get|receive) * (updates|news|alerts) (on|via) (whatsapp|telegram|our channel)',
      '(stay|keep) (updated|informed|up to date) (on|via|with us on) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news|social media|our social media)',
    ],
  },
  {
    id: 'follow-section',
    patterns: [
      '^follow [the|our] * * on (twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky|mastodon)',
      '^subscribe to * on (youtube|twitch|spotify|apple podcasts)$',
    ],
  },
]);
