import { definePhrases } from '../define.js';

export default definePhrases('fr', 'comment-counter', [
  {
    id: 'count',
    patterns: [
      '^# (commentaire|commentaires|reaction|reactions|reponse|reponses|contribution|contributions)$',
      '^(commentaires|commentaire|reactions|reponses|contributions) #$',
      '^(aucun|pas de|0) (commentaire|commentaires|reaction|reactions) [pour le moment|pour l instant]$',
      '^(voir|afficher|lire|masquer|charger) (les|tous les|le|#) [#] (commentaires|commentaire|reactions|reponses)',
    ],
  },
  {
    id: 'label',
    patterns: [
      '^(commentaires|commentaire|commenter|reactions|vos reactions|vos commentaires|reagir|reagissez)$',
      '[les ]commentaires (sont|ont ete) (fermes|clos|desactives|moderes)',
      '^(espace|fil) [des ](commentaires|reactions) (ferme|clos|desactive)',
    ],
  },
  {
    id: 'leave-comment',
    patterns: [
      '^(laisser|ecrire|poster|publier|ajouter|redigez|laissez|ecrivez) (un|votre) (commentaire|reaction|avis)',
      '(connectez vous|identifiez vous|inscrivez vous|abonnez vous|se connecter) pour (commenter|reagir|laisser un commentaire|participer)',
      'vous devez (etre connecte|etre connectee|etre abonne|etre inscrit) pour (commenter|reagir|publier)',
    ],
  },
  {
    id: 'be-first',
    patterns: [
      '(soyez|sois|soyez le|soyez la) [le ]premier (a|a commenter|a reagir)',
      'soyez (le|la) (premier|premiere) a (commenter|reagir|donner votre avis)',
      'aucun commentaire pour (le moment|l instant)',
    ],
  },
  {
    id: 'join-conversation',
    patterns: [
      '^(participez|participer|rejoignez|rejoindre) [a ](la|au) (discussion|debat|conversation)',
      '(donnez|partagez|laissez) [nous ]votre avis (en commentaire|dans les commentaires|ci dessous)',
      '(qu en pensez vous|et vous qu en pensez vous|et vous) * (commentaires|commentaire|ci dessous)$',
      'dites le nous en commentaire',
    ],
  },
  {
    id: 'moderation-note',
    patterns: [
      '[les]commentaires (sont|seront) moderes',
    ],
  },
]);
