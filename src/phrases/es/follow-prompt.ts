import { definePhrases } from '../define.js';

export default definePhrases('es', 'follow-prompt', [
  {
    id: 'follow-us',
    patterns: [
      '(siguenos|siganos|seguinos|sigue|sigua) (en|a traves de|via|por) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|redes sociales|nuestras redes|las redes)',
      '^(siguenos|siganos|seguinos)',
      '(sigue|siga|segui) (a|al) * (en|via) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias)',
      '(sigue|siga|segui) (toda la|la|las|toda la informacion|la ultima hora|las ultimas noticias) * (en|a traves de) (nuestro|nuestra|nuestras) (canal|cuenta|redes|perfil)',
    ],
  },
  {
    id: 'like-us',
    patterns: [
      '(unete|unase|sumate|suscribete|suscribase) (a|al) (nuestro|nuestra) (canal|grupo|comunidad|cuenta) [de ](whatsapp|telegram|youtube|instagram)',
      '(dale|danos) (like|me gusta) (a nuestra pagina|en facebook)',
      '(encuentranos|encuéntranos|visitanos) en (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias)',
      '(fuente|fuentes) (preferida|preferidas|de confianza) (en|de) google',
    ],
  },
  // The publisher's own channel with the invitation to it: "El club tiene canal en YouTube" is news.
  {
    id: 'join-channel',
    patterns: [
      '^(sabias que|ya) tenemos [un] canal (de|en) (telegram|whatsapp|youtube|twitch)',
      'tenemos [un] canal (de|en) (telegram|whatsapp|youtube|twitch) * (unete|suscribete|siguenos|entra|aqui)',
      '^(unete|unase|sumate|suscribete|suscribase|siguenos|siganos|recibe|reciba) * nuestro canal (de|en) (telegram|whatsapp|youtube|twitch)',
      '^unete (a|al) (nuestro|nuestra) (canal|grupo|comunidad)',
    ],
  },
]);
