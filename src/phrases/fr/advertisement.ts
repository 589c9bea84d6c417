import { definePhrases } from '../define.js';

export default definePhrases('fr', 'advertisement', [
  // Only as the whole block: "publicité" is also a news topic ("la publicité pour l alcool").
  {
    id: 'ad-label',
    patterns: [
      '^(publicite|publicites|pub|annonce|annonces|sponsorise|sponsorisee|contenu sponsorise|contenu sponsorisé|contenu partenaire|contenu de marque|publireportage|publi reportage|publi redactionnel|partenariat|en partenariat avec|communique|information publicitaire|espace publicitaire|annonce publicitaire|promotion)$',
      '^(sponsorise|sponsorisee|presente|proposee|propose) par',
      '^(en partenariat|en collaboration) avec ',
      '^publicite (la suite|suite de l article|continuer)',
    ],
  },
  {
    id: 'continue-below',
    patterns: [
      '(la suite|suite de l article|l article continue|la lecture continue|l article se poursuit) (apres|sous|ci dessous|en dessous de) (la|cette) (publicite|pub|annonce)',
      '(la suite|l article continue|l article se poursuit|suite de l article) (apres|sous) [cette ](publicite|pub|annonce)',
      '^(faites defiler|defilez) pour (continuer|lire la suite)',
      '(continuer|poursuivre) [la lecture ](apres|sous) la (publicite|pub)',
    ],
  },
  {
    id: 'ad-blocker',
    patterns: [
      '(desactivez|desactiver|desactive|mettez en pause) (votre|ton|le) (bloqueur de publicite|bloqueur de pub|bloqueur de publicites|adblock|adblocker|ad blocker)',
      '(bloqueur de publicite|bloqueur de publicites|bloqueur de pub|adblock|adblocker) (detecte|active|actif)',
      '(vous utilisez|tu utilises|utilisez vous) [un ](bloqueur|adblock|adblocker)',
    ],
  },
]);
