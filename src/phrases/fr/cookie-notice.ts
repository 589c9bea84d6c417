import { definePhrases } from '../define.js';

export default definePhrases('fr', 'cookie-notice', [
  {
    id: 'we-use-cookies',
    patterns: [
      '(ce site|notre site|ce site web|nous|le site|nous et nos partenaires) (utilise|utilisons|utilisent|utilisera) [des ](cookies|traceurs|temoins)',
      '(utilise|utilisons|utilisent) [des ](cookies|traceurs|temoins) (pour|afin|et|qui)',
      '(en poursuivant|en continuant|en cliquant|en naviguant) * (vous acceptez|vous consentez|j accepte) * (cookies|traceurs|temoins)',
      'utilisation (des|de) (cookies|traceurs|temoins)',
      'depot de (cookies|traceurs)',
    ],
  },
  {
    id: 'cookie-buttons',
    patterns: [
      '(accepter|refuser|gerer|personnaliser|parametrer|autoriser) [tous les |les ](cookies|traceurs|temoins)',
      '^(tout accepter|tout refuser|accepter|refuser|j accepte|accepter et fermer|continuer sans accepter|personnaliser|parametrer|ok pour moi|je refuse|accepter tout|refuser tout|gerer mes choix|parametrer les cookies|en savoir plus et personnaliser)$',
      '(politique|gestion|parametres|preferences|bandeau) [des |de ](cookies|traceurs|temoins)',
      '(vos|gerer mes|gerer vos) (choix|preferences) (en matiere de|de) (cookies|confidentialite|consentement)',
    ],
  },
  {
    id: 'consent-framework',
    patterns: [
      '(nous et nos|et nos) [# ](partenaires) (stockons|utilisons|accedons|traitons|deposons)',
      '(stocker|stockons) (et ou|et) (acceder|accedons) a des informations (sur|stockees sur) (un|votre) (appareil|terminal)',
      'publicites et contenus personnalises',
      '(mesure|mesurer) de [la ](performance|l audience) [des ](publicites|contenus)',
    ],
  },
]);
