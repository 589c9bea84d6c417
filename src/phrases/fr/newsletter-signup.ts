import { definePhrases } from '../define.js';

export default definePhrases('fr', 'newsletter-signup', [
  {
    id: 'sign-up-newsletter',
    patterns: [
      '(inscrivez vous|abonnez vous|inscris toi|abonne toi|s inscrire|s abonner|inscription|je m inscris|je m abonne) (a|aux) (notre|nos|la|les|cette) * (newsletter|newsletters|lettre|lettres|infolettre|infolettres|lettre d information|bulletin|alertes)',
      '(recevez|recevoir|recois) (notre|nos|la|les|gratuitement notre|chaque jour notre) * (newsletter|newsletters|lettre|infolettre|selection|alertes|actualites)',
      '^(newsletter|infolettre|lettre d information) (inscription|gratuite|quotidienne|hebdomadaire)',
      '^(je m inscris|s inscrire|inscription|je m abonne|valider|ok)$',
      '^(inscrivez vous|abonnez vous)$',
    ],
  },
  {
    id: 'newsletter-label',
    patterns: [
      '^(newsletter|newsletters|infolettre|la newsletter|notre newsletter|la lettre)$',
      '^(la|notre|nos) * (newsletter|newsletters|infolettre)$',
      '(directement|chaque matin|chaque semaine|chaque jour|tous les jours|tous les matins|gratuitement) (dans votre|dans ta) (boite mail|boite e mail|boite de reception|messagerie)',
      '(dans votre|dans ta) (boite mail|boite e mail|boite de reception) (chaque|tous|des)',
      'l essentiel de l actualite (dans votre|chaque|tous)',
    ],
  },
  {
    id: 'enter-email',
    patterns: [
      '(votre|ton|ta|saisissez votre|entrez votre|indiquez votre) (adresse e mail|adresse email|adresse mail|e mail|email|courriel|adresse electronique)$',
      '^(saisissez|entrez|indiquez|renseignez) (votre|ton) (adresse|e mail|email|courriel)',
      'adresse (e mail|email|mail) (invalide|non valide|obligatoire)',
      '^(adresse e mail|adresse email|adresse mail|e mail|email)$',
    ],
  },
  {
    id: 'after-signup',
    patterns: [
      '(merci|merci beaucoup) (pour|de) (votre|ton) (inscription|abonnement a la newsletter)',
      '(vous pouvez|vous pourrez|tu peux) vous desinscrire (a tout moment|a tout instant|facilement)',
      '(desinscription|desabonnement) [possible ](a tout moment|en un clic)',
      'en (vous inscrivant|cliquant|validant|vous abonnant) * (vous acceptez|j accepte|vous reconnaissez)',
      '(confirmez|confirmer) votre (inscription|adresse)',
    ],
  },
]);
