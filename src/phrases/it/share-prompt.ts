import { definePhrases } from '../define.js';

export default definePhrases('it', 'share-prompt', [
  {
    id: 'share-this',
    patterns: [
      '^(condividi|condividere|condivisione)$',
      '^(condividi|condividere) (questo|l|la|il|questa) (articolo|notizia|pagina|video|post)',
      '(condividi|condividete|invia|inviate|manda) (questo|questa|l|la|il) (articolo|notizia|pagina|video) (con|a|su|via|per)',
      '^(condividi|condividere) (su|via|con|per) ',
      '^(invia|inviare|manda) (per|via) (email|e mail|mail|posta)',
    ],
  },
  {
    id: 'if-you-liked',
    patterns: [
      '(se ti e piaciuto|se ti e piaciuta|se vi e piaciuto|ti e piaciuto|se l articolo ti e piaciuto) * (condividi|condividilo|condividila|condividere)',
      '(condividi|condividilo|condividila|condividetelo) con (i tuoi|le tue|i vostri) (amici|amiche|contatti)',
    ],
  },
  {
    id: 'share-on',
    patterns: [
      '(condividi|condividere|condividilo) (su|via|tramite|con) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|email|e mail|mail|messenger)',
      '^(twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|email|e mail|stampa|copia link) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|email|e mail|stampa|copia link) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|email|e mail|stampa|copia link)',
      '(fai clic|clicca) [qui ]per (condividere|inviare|stampare)',
      'si apre in [una ]nuova (finestra|scheda)',
    ],
  },
  { id: 'share-count', patterns: ['^# (condivisioni|condivisione)$', '^(condivisioni|condivisione) #$'] },
  {
    id: 'copy-link',
    patterns: [
      '^(copia|copiare) [il ](link|collegamento|url)',
      '^(link copiato|copiato negli appunti)',
    ],
  },
]);
