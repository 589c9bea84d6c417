import { definePhrases } from '../define.js';

export default definePhrases('pt', 'follow-prompt', [
  {
    id: 'follow-us',
    patterns: [
      '(siga nos|siga|sigam nos|segue nos|acompanhe nos|acompanhe) (no|na|nas|nos|pelo|pela|via) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|kwai|redes sociais|nossas redes)',
      '^(siga nos|sigam nos|segue nos|acompanhe nos)',
      '(siga|acompanhe|segue) (o|a|os|as|todas as|as ultimas) * (no|na|pelo|pela|via) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|kwai|nosso canal)',
    ],
  },
  {
    id: 'like-us',
    patterns: [
      '(entre|junte se|inscreva se|participe|adira) (no|ao|em) [nosso ](canal|grupo|comunidade) [do |de |no ](whatsapp|telegram|youtube)',
      '(inscreva se|subscreva) (no|o) [nosso ]canal [do |no ](youtube|telegram|whatsapp)',
      '(curta|curtam) (nossa pagina|a nossa pagina|nos) [no ]facebook',
      '(fonte|fontes) (preferida|preferidas|de confianca) (no|do) google',
    ],
  },
]);
