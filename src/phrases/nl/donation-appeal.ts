import { definePhrases } from '../define.js';

export default definePhrases('nl', 'donation-appeal', [
  {
    id: 'non-profit',
    patterns: [
      '(wij zijn|we zijn) (een|een kleine|een onafhankelijke) (onafhankelijk|onafhankelijke|non profit|stichting|vereniging|ideele|advertentievrij|advertentievrije|kleine) ',
      '(onafhankelijke|vrije) (journalistiek|nieuwsvoorziening) (heeft|kost|is afhankelijk|draait op) (jouw|uw|lezers|jou|geld)',
      '(gefinancierd|betaald|mogelijk gemaakt) (door|door onze|dankzij) (lezers|leden|donateurs|donaties|abonnees)',
    ],
  },
  {
    id: 'help-us',
    patterns: [
      '(help ons|helpt u ons|help jij ons) (om|door|met|bij|onafhankelijk|onze|de|dit|alstublieft)',
      '^(help ons|help mee)$',
      '(steun|steunt u|steun ons|steun de|steun onze) [onze |de |onafhankelijke ](journalistiek|redactie|werk|onafhankelijke journalistiek)',
      '^(steun ons|steun onze journalistiek|steun de redactie|word donateur|doneer)$',
      '(we hebben|wij hebben) (jouw|uw|je) (steun|hulp|bijdrage|donatie) (nodig|hard nodig)',
      'zonder (jouw|uw|je) (steun|bijdrage|hulp) (kunnen we|kunnen wij|is dit)',
    ],
  },
  {
    id: 'donate',
    patterns: [
      '^(doneer|doneren|doneer nu|geef|geef nu|steun nu|nu doneren|doe een gift|doe een donatie|maak een donatie)$',
      '(doe|maak|geef) (een|je|uw) (donatie|gift|bijdrage) [van|aan|via|nu|vandaag]',
      '(elke|iedere|jouw|uw|een kleine) (donatie|gift|bijdrage) (telt|helpt|maakt het verschil|is welkom)',
      '(doneer|doneren|steun ons) (via|met) (ideal|paypal|patreon|tikkie)',
      '(giften|donaties) [zijn ][fiscaal ]aftrekbaar',
      'anbi status',
    ],
  },
  {
    id: 'become-member',
    patterns: [
      '^(word|wordt) (lid|donateur|vriend|abonnee|supporter|steunlid|begunstiger)',
      '(word|wordt) [nu ](lid|donateur|vriend|supporter|steunlid) (van|en|vandaag|nu)',
      '(sluit je aan bij|word deel van) [onze ](leden|community|gemeenschap|donateurs)',
    ],
  },
]);
