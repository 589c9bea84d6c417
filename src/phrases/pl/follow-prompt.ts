import { definePhrases } from '../define.js';

export default definePhrases('pl', 'follow-prompt', [
  {
    id: 'follow-us',
    patterns: [
      '(obserwuj|obserwujcie|śledź|śledźcie|śledz|polub|polubcie) (nas|nasz profil|nasz kanał|naszą stronę) (na|w|w serwisie|przez)',
      '^(obserwuj nas|obserwujcie nas|śledź nas|śledźcie nas|polub nas|dołącz do nas)',
      '(obserwuj|śledź) * (na|w) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|wykop)$',
      '(bądź|bądźcie) (na bieżąco|w kontakcie) [z nami ](na|w|przez|obserwując) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|wykop|mediach społecznościowych|social mediach|naszych kanałach)',
    ],
  },
  {
    id: 'like-us',
    patterns: [
      '(dołącz|dołączcie|subskrybuj|zasubskrybuj) [do ][naszego |nasz ](kanału|kanał|grupy|grupę|społeczności) [na ](whatsapp|telegram|youtube|telegramie|youtubie|whatsappie)',
      '(znajdziesz|znajdziecie) nas (na|w) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|wykop)',
      '(polub|polubcie) [nasz ](fanpage|profil|stronę) [na facebooku]',
      '(dodaj|ustaw) (nas|nasz portal) [jako ](preferowane|zaufane) źródło (w|na) google',
    ],
  },
]);
