import { definePhrases } from '../define.js';

export default definePhrases('nl', 'feedback-widget', [
  {
    id: 'was-helpful',
    patterns: [
      '(was|is) (dit|dit artikel|dit bericht|deze informatie|deze pagina) (nuttig|behulpzaam|interessant|handig)',
      '(vond je|vindt u|vond u|vind je) (dit|dit artikel|dit bericht|deze informatie) (nuttig|interessant|behulpzaam|handig)',
      '^(nuttig|niet nuttig|ja nee)$',
      '(bedankt|dank je|dank u) voor (je|jouw|uw) (feedback|beoordeling|stem|reactie)',
    ],
  },
  {
    id: 'rate-article',
    patterns: [
      '^(beoordeel|waardeer|geef een cijfer) (dit|het) (artikel|bericht|verhaal)',
      '(welk cijfer|hoe beoordeel je|hoe beoordeelt u) [geef je|geeft u] (dit|het) (artikel|bericht)',
    ],
  },
  {
    id: 'report-error',
    patterns: [
      '^(meld|melden|rapporteer|rapporteren) (een|deze) (fout|typfout|tikfout|spelfout|onjuistheid|probleem)',
      '(fout|typfout|tikfout|spelfout) (gezien|gevonden|gespot|opgemerkt) * (meld|laat|mail|tip|stuur)',
      '(zie je|ziet u|heb je|heeft u) [een ](fout|typfout|tikfout) (gezien|gevonden|gespot|in dit artikel|staan)',
      '^(fout gezien|foutje gezien|fout gevonden|typfout gezien)',
    ],
  },
  {
    id: 'send-feedback',
    patterns: [
      '^(geef|stuur|deel) (je|jouw|uw|ons je|ons uw) (feedback|mening|reactie aan de redactie)',
      '^(mail|tip|contact) (de redactie|met de redactie)$',
      '(heb je|heeft u) [een ](tip|nieuwstip|verhaal|nieuws) * (mail|laat|stuur|tip|redactie)',
      '^(tip de redactie|tips voor de redactie|nieuwstip)',
    ],
  },
]);
