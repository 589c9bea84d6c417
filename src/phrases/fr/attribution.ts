import { definePhrases } from '../define.js';

export default definePhrases('fr', 'attribution', [
  // Same labels as English once the space before the French colon is dropped ("Source : AFP").
  {
    id: 'source-label',
    patterns: [
      '^source',
      '^sources$',
      '^sources (afp|ap|reuters|belga|ats|sda|ansa|efe|dpa|xinhua|bloomberg|apa|anp|mapa|map|aps|tap|kyodo|upi|relaxnews|etx|apm|apm news|agences|agence|avec agences)',
      '^sources * (et|avec) agences',
    ],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^(avec l aimable autorisation|avec l autorisation) (de|du|des)',
      '^(cet|l) article (a ete|a d abord ete|est) (publie|paru) (initialement|d abord|originellement) (dans|sur|par)',
      '^(initialement|d abord|originellement) (publie|paru) (dans|sur|par)',
      '^(publie|paru) (initialement|d abord|a l origine) (dans|sur|par)',
    ],
  },
  {
    id: 'about-label',
    patterns: [
      '^(a propos de l auteur|a propos de l autrice|a propos des auteurs|l auteur|l autrice|les auteurs|a propos de nous|qui sommes nous)$',
      '^a propos (de|du|d) * (sa|sas|group|groupe|fondation|institut|association)$',
    ],
  },
  {
    id: 'issuer-profile',
    patterns: [
      '^* est (un|une) [leader|acteur|groupe|specialiste|fournisseur|editeur|fabricant] (mondial|international|europeen|francais|majeur|de reference|leader) (de|du|des|dans|en)',
      'dont le siege [social] est [situe|base] a',
    ],
  },
]);
