import { definePhrases } from '../define.js';

export default definePhrases('nl', 'follow-prompt', [
  {
    id: 'follow-us',
    patterns: [
      '(volg ons|volg|volgt u ons|volg jij ons) (op|via|ook op) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|sociale media|social media)',
      '^(volg ons|volgt u ons)',
      '^volg (de|het|alle|het laatste) * (op|via) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news)',
      '(blijf|blijft u) (op de hoogte|verbonden) (via|op|met) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|onze kanalen|sociale media|social media|ons whatsapp kanaal)',
    ],
  },
  {
    id: 'like-us',
    patterns: [
      '(word lid van|abonneer je op|volg) (ons|onze) (whatsapp|telegram|youtube) (kanaal|groep|channel)',
      '(vind|like) ons op (facebook|instagram)',
      '(voorkeursbron|voorkeurs bron|favoriete bron) (in|op|bij) google',
    ],
  },
]);
