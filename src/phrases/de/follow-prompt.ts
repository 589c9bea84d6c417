import { definePhrases } from '../define.js';

export default definePhrases('de', 'follow-prompt', [
  {
    id: 'follow-us',
    patterns: [
      '(folgen sie|folge|folgt|folgen) uns (auf|bei|via|uber|im|in|jetzt)',
      '^(folgen sie|folge|folgt|folgen) uns',
      '^(folgen sie|folgt|folge) (der|dem|den|unserem|unserer) * (auf|bei) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|flipboard|google news|xing)',
      '(auf|bei) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|flipboard|google news|xing) (folgen|abonnieren)$',
    ],
  },
  {
    id: 'like-us',
    patterns: [
      '(besuchen sie|besucht|besuche|finden sie|findet|finde) uns (auf|bei) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|flipboard|google news|xing)',
      '(abonnieren sie|abonniere|abonniert) (unseren|unsere) (whatsapp|telegram|youtube|instagram) (kanal|channel|gruppe|account)',
      '(unser|unseren) (whatsapp|telegram|youtube) (kanal|channel) (abonnieren|folgen)',
      '(bleiben sie|bleib|bleibt) [mit uns ](in kontakt|verbunden|auf dem laufenden) (auf|uber|via|in den|mit) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|flipboard|google news|xing|sozialen netzwerken|sozialen medien)',
      'in den sozialen (netzwerken|medien) (folgen|abonnieren)$',
      '(bevorzugte|bevorzugten) quelle (bei|auf|in) google',
    ],
  },
  {
    id: 'rss',
    patterns: [
      'rss feed (abonnieren|abonniert)',
    ],
  },
]);
