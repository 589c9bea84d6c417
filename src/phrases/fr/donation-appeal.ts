import { definePhrases } from '../define.js';

export default definePhrases('fr', 'donation-appeal', [
  {
    id: 'non-profit',
    patterns: [
      'nous sommes (un|une) (media|journal|site|association|organisation|organisme|redaction) (independant|independante|a but non lucratif|sans but lucratif|sans publicite|libre)',
      '(association|organisation|media|journal) (a but non lucratif|sans but lucratif) [qui ](vit|depend|repose)',
      '(journalisme|media|information) (independant|independante|libre) (a besoin|ne vit|depend|repose) (de vous|de ses lecteurs|de vos dons)',
      '(finance|financee|finances) (par|grace a) (ses|nos|vos) (lecteurs|lectrices|dons|abonnes)',
    ],
  },
  {
    id: 'help-us',
    patterns: [
      '(aidez nous|aidez nous a|aide nous|aidez la redaction) ',
      '(soutenez|soutiens|soutenir) (nous|notre journalisme|notre travail|notre redaction|notre media|notre journal|le journalisme independant|un journalisme independant|l information independante|la presse independante)',
      '^(nous|notre journalisme|notre travail|notre redaction) (soutenir|a besoin de vous)',
      '(nous avons|on a) besoin de (vous|votre soutien|votre aide|vos dons)',
      'sans (vous|votre soutien|vos dons) (nous ne pourrions|nous ne pouvons|rien|ce journal|ce media)',
    ],
  },
  {
    id: 'donate',
    patterns: [
      '^(faire un don|faites un don|je fais un don|donner|je donne|don|dons|soutenir|je soutiens|faire un don maintenant)$',
      '(faites|faire|fais) un don',
      '(chaque|votre|tout|un petit) don (compte|aide|est precieux|nous aide|fait la difference|quel que soit)',
      '(don|dons) [sont|est] (deductible|deductibles) (des impots|de vos impots|de l impot|de votre impot|a #|fiscalement)',
      '(soutenez nous|nous soutenir) (sur|via|avec) (tipeee|patreon|paypal|helloasso|ulule|kisskissbankbank)',
      '(faire|faites) un don (ponctuel|mensuel|regulier)',
    ],
  },
  {
    id: 'become-member',
    patterns: [
      '^(devenez|devenir|deviens) (membre|donateur|donatrice|abonne|adherent|soutien|mecene|ami)',
      '(devenez|deviens) (membre|donateur|donatrice|adherent|mecene|soutien) (de|du|des|et|maintenant|des maintenant|aujourd hui)',
      'rejoignez (nos|les) (donateurs|membres|soutiens|lecteurs qui)',
    ],
  },
]);
