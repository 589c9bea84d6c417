import { definePhrases } from '../define.js';

export default definePhrases('it', 'follow-prompt', [
  {
    id: 'follow-us',
    patterns: [
      '(seguici|seguiteci|segui|seguite|ci segui) (su|anche su|via|sui) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|social|canali social|nostri social|social network)',
      '^(seguici|seguiteci)',
      '(segui|seguite) (la|il|le|tutte le) * (su|via) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|il nostro canale)',
      '(resta|restate|rimani) (aggiornato|aggiornati|aggiornata|sempre aggiornato) (su|con|seguendo) (il nostro|i nostri|la nostra) (canale|canali|pagina|social)',
    ],
  },
  {
    id: 'like-us',
    patterns: [
      '(unisciti|iscriviti|entra|unitevi) (al|nel|al nostro|nel nostro) (canale|gruppo|community) (whatsapp|telegram|youtube)',
      '(iscriviti|iscrivetevi) al [nostro ]canale (youtube|telegram|whatsapp)',
      '(metti|mettete) (mi piace|like) (alla nostra pagina|su facebook)',
      '(fonte|fonti) (preferita|preferite|attendibile) (su|di) google',
    ],
  },
]);
