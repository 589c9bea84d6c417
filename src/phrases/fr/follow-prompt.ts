import { definePhrases } from '../define.js';

export default definePhrases('fr', 'follow-prompt', [
  {
    id: 'follow-us',
    patterns: [
      '(suivez|suivez nous|suivre|suis nous|suivez moi|retrouvez nous|retrouvez) [nous ](sur|via|dans) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google actualites|les reseaux sociaux|nos reseaux sociaux|les reseaux)',
      '^(suivez nous|suis nous|suivez moi|retrouvez nous)',
      '(suivez|suivez toute|suivez l) (l actualite|toute l actualite|notre actualite|nos informations) [de|du|des] * (sur|via) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google actualites)',
    ],
  },
  {
    id: 'like-us',
    patterns: [
      '(abonnez vous|abonne toi|rejoignez nous|rejoins nous) (a|sur) (notre|notre chaine|nos|la chaine) * (youtube|whatsapp|telegram|instagram|chaine|compte)',
      '(rejoignez|rejoins) (notre|la) (chaine|communaute|groupe) (whatsapp|telegram|youtube)',
      '(aimez|likez) (notre page|nous) [sur ]facebook',
      '(source|sources) (preferee|preferees) (sur|dans) google',
    ],
  },
]);
