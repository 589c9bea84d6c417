import { definePhrases } from '../define.js';

export default definePhrases('fr', 'paywall', [
  {
    id: 'subscribe-to-continue',
    patterns: [
      '(abonnez vous|abonne toi|connectez vous|inscrivez vous) pour (lire|continuer|poursuivre|acceder|lire la suite|debloquer)',
      '(pour|afin de) (lire|poursuivre|continuer) (la suite|cet article|l article|votre lecture|la lecture)',
      '(la suite|le reste) (de cet article|de l article) (est|vous est) (reservee|reserve|accessible|disponible)',
      '^(lire la suite|continuer la lecture|poursuivre la lecture) (avec|pour) ',
      '(debloquez|debloquer) (cet article|l article|l acces|tous les articles)',
      '(acces|accedez) (illimite|en illimite) (a|aux) [tous ][nos |les ](articles|contenus)',
    ],
  },
  {
    id: 'subscribers-only',
    patterns: [
      '(reserve|reservee|reserves|reservees|accessible|exclusif|exclusivement) (aux|a nos|pour les) (abonnes|abonnees|abonnes premium|membres|adherents)',
      '(cet|l) (article|contenu|reportage|entretien|enquete) (est|vous est) (reserve|reservee|accessible|exclusif|exclusivement reserve) (aux|a nos|uniquement aux)',
      '^(abonnes|premium|reserve aux abonnes|article abonne|article abonnes|article premium|contenu abonne|exclusivite abonnes|abonne)$',
      '(article|contenu|edition) (reserve|reservee|exclusif) (abonnes|aux abonnes)',
    ],
  },
  {
    id: 'article-limit',
    patterns: [
      '(vous avez|tu as) (atteint|lu|consulte|epuise) * (limite|articles gratuits|nombre d articles|quota)',
      '# (articles gratuits|article gratuit|articles offerts|article offert) (restants|restant|par mois|ce mois)',
      'il (vous|te) reste # (articles|article) (gratuits|gratuit|offerts|offert|a lire)',
      '(dernier|votre dernier) article (gratuit|offert)',
    ],
  },
  {
    id: 'already-subscriber',
    patterns: [
      '(deja|vous etes deja|tu es deja) (abonne|abonnee|inscrit|inscrite|membre|client)',
      '(vous avez|avez vous|tu as) deja un (compte|abonnement)',
      '(pas encore|toujours pas) (abonne|abonnee|inscrit|membre)',
      '^(se connecter|connectez vous|je me connecte|connexion)$',
    ],
  },
  {
    id: 'subscribe-offer',
    patterns: [
      '^(je m abonne|s abonner|abonnez vous|abonnez vous maintenant|je m abonne maintenant|voir les offres|decouvrir les offres|decouvrir nos offres)$',
      '(sans engagement|resiliable a tout moment|resiliable en ligne)',
      '[le ]premier mois (offert|a # e|a # euro|gratuit)',
      '# (euro|e|euros|centimes) (par|le) (mois|semaine) (sans engagement|pendant|puis)',
      '(offre|essai) (decouverte|speciale|gratuite|gratuit) [# ](mois|jours|semaines|a|pour)',
    ],
  },
]);
