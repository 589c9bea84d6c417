import { definePhrases } from '../define.js';

export default definePhrases('nl', 'share-prompt', [
  {
    id: 'share-this',
    patterns: [
      '^(delen|deel|deel dit|deel artikel|artikel delen|dit artikel delen|deel dit artikel)$',
      '^(deel|delen) (dit|het|deze) (artikel|bericht|verhaal|video|pagina)',
      '(deel|stuur|verstuur|mail) (dit|het|deze) (artikel|bericht|verhaal|video) (met|naar|via|door)',
      '^(delen|deel) (via|op|met|per) ',
      '^(verstuur|stuur|mail) (per|via) (e mail|email|mail)',
    ],
  },
  {
    id: 'if-you-liked',
    patterns: [
      '(vond je|vond u|vind je) (dit|dit artikel|dit verhaal|het) (leuk|interessant|de moeite waard) * (deel|delen)',
      '(deel|delen) (het|dit|dit artikel) (met|ook met) (je|jouw|uw) (vrienden|familie|volgers|collega s)',
    ],
  },
  {
    id: 'share-on',
    patterns: [
      '(deel|delen) (op|via|met|per) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|e mail|email|mail|messenger)',
      '^(twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|e mail|email|print|link kopieren) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|e mail|email|print|link kopieren) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|e mail|email|print|link kopieren)',
      '(klik|tik) [hier ]om te (delen|mailen|printen)',
      'opent in [een ]nieuw (venster|tabblad)',
    ],
  },
  { id: 'share-count', patterns: ['^# (keer gedeeld|gedeeld|shares)$', '^(gedeeld|shares) #$'] },
  {
    id: 'copy-link',
    patterns: [
      '^(kopieer|kopieren) [de |deze ](link|url)',
      '^(link kopieren|link gekopieerd|gekopieerd naar klembord)',
    ],
  },
]);
