import { definePhrases } from '../define.js';

export default definePhrases('en', 'share-prompt', [
  // No bare "^share on": "Share on the exchange rose 4 per cent". Share rows name the platform.
  {
    id: 'share-this',
    patterns: [
      '(share|send|forward|email|tweet) (this|the) (story|article|post|page|piece|link|video)',
      '^share (this|via)',
      '^share$',
      '^share (on|to) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news|email)',
      '^share (the|this) (story|article)',
    ],
  },
  {
    id: 'if-you-liked',
    patterns: [
      'if you (like|liked|enjoyed|found) this * (share|pass)',
      'share it with (a|your) (friend|friends)',
      '(share|send) (this|it) (with|to) (your|a) (friends|friend|family|network|colleagues|followers)',
      '^[please ](share|spread the word|pass it on)$',
      '[help us ]spread the word$',
    ],
  },
  {
    id: 'share-on',
    patterns: [
      'share (on|via|to|with) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news|email|e mail|messenger)',
      '^(twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news|email|print|copy link) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news|email|print|copy link) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news|email|print|copy link)',
      '(click|tap) [here] to (share|email|print|tweet|pin)',
      'opens in [a ]new window',
      '^(share|tweet|email|pin|post) [this ][on|to|via] (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|reddit|flipboard|google news)$',
    ],
  },
  { id: 'share-count', patterns: ['^# (shares|share)$', '^(shares|share) #$'] },
  {
    id: 'copy-link',
    patterns: [
      '^copy (link|url|the link|article link)',
      '^(link copied|copied to clipboard|link copied to clipboard)',
      '^(share|copy) [article ]link$',
    ],
  },
]);
