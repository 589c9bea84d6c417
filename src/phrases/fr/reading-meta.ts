import { definePhrases } from '../define.js';

export default definePhrases('fr', 'reading-meta', [
  {
    id: 'read-time',
    patterns: [
      '(temps|duree) de lecture # (min|mn|minute|minutes)',
      '^(temps|duree) [de ]lecture',
      '# (min|mn|minute|minutes) de lecture',
      '^lecture # (min|mn|minute|minutes)$',
      '^# (min|mn|minute|minutes) (lecture|de lecture)$',
    ],
  },
  {
    id: 'updated',
    patterns: [
      '^(mis a jour|mise a jour|publie|publiee|modifie|modifiee|actualise|actualisee|cree|paru|parue|mis en ligne) (le|a|il y a|hier|aujourd hui|#)',
      '^(publie|mis a jour|mise a jour) [le ](lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|#)',
      '^il y a # (min|minute|minutes|heure|heures|h|jour|jours)$',
      '^(publie|publiee|mis a jour|mise a jour)$',
    ],
  },
  {
    id: 'tools',
    patterns: [
      '^(imprimer|sauvegarder|enregistrer|ajouter a mes favoris|ajouter aux favoris|offrir|offrir cet article|ecouter|ecouter cet article|ecouter l article)$',
      '^(imprimer|ecouter|sauvegarder|enregistrer|offrir|lire) [cet |l ](article|la page)',
      'ecouter (cet|l) article',
      '^(taille|taille du texte|taille de la police|taille des caracteres|agrandir le texte|reduire le texte|a a)$',
      '^(ecouter|lire) [cet article ]en (audio|podcast)',
    ],
  },
  {
    id: 'age-warning',
    patterns: [
      '(cet|l) article (a ete publie|date de|a plus de|est vieux de|est paru) [il y a ][plus de ]# (ans|an|mois)',
    ],
  },
  {
    id: 'date-line',
    patterns: [
      '^[le] [lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche] # (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|avr|juil|sept|oct|nov|dec) # [a] [# h #|# #|# h]$',
    ],
  },
  {
    id: 'player-and-gallery',
    ownLanguageOnly: true,
    patterns: [
      '^(video|audio|lire la video|regarder la video|lecture|pause|plein ecran|fermer)$',
      '^(image|photo|diapositive|video) # [sur|de] #$',
    ],
  },
]);
