import { definePhrases } from '../define.js';

export default definePhrases('fr', 'share-prompt', [
  {
    id: 'share-this',
    patterns: [
      '^(partager|partagez|partage)$',
      '^(partager|partagez) (cet|l) (article|video|page|info|information)',
      '(partagez|partager|envoyer|envoyez) (cet|cette|l) (article|video|page|info|information|publication) (a|avec|par|sur)',
      '^(partager|partagez) (sur|par|via|avec) ',
      '^(envoyer|envoyez) (par|cet article par) (e mail|email|mail|courriel)',
    ],
  },
  {
    id: 'if-you-liked',
    patterns: [
      '(si|vous avez) (cet|l) (article|reportage|info) (vous a plu|aime|apprecie) * (partagez|partager)',
      '(partagez|partage) (le|la|l|les) (avec|a) (vos|tes|un|une) (amis|proches|ami|amie)',
      '(partagez|partager) (cet article|l article|l info) (avec|a) (vos|tes) (amis|proches)',
    ],
  },
  {
    id: 'share-on',
    patterns: [
      '(partager|partagez) (sur|via|par) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google actualites|e mail|email|mail|courriel|messenger)',
      '^(twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google actualites|e mail|email|imprimer|copier le lien) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google actualites|e mail|email|imprimer|copier le lien) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google actualites|e mail|email|imprimer|copier le lien)',
      '(cliquez|cliquer|cliquez ici) pour (partager|envoyer|imprimer)',
      's ouvre dans [une ]nouvelle fenetre',
      'ouvre (une|dans une) nouvelle fenetre',
    ],
  },
  { id: 'share-count', patterns: ['^# (partages|partage)$', '^(partages|partage) #$'] },
  {
    id: 'copy-link',
    patterns: [
      '^(copier|copiez) [le ](lien|l url|l adresse)',
      '^(lien copie|lien copie dans le presse papier|copie dans le presse papier)',
    ],
  },
]);
