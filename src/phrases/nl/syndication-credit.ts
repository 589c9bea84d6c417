import { definePhrases } from '../define.js';

export default definePhrases('nl', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      '^(met|via) (anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters|persbureaus|agentschappen)$',
      '^(met|via) (anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters) en (anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters|persbureaus)$',
      '^(redactie|door onze redactie) (met|en) (anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters|persbureaus)',
      '^(met|op basis van) (informatie|materiaal|berichten) (van|uit) (persbureaus|anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters|agentschappen)',
    ],
  },
  {
    id: 'agency-tag',
    patterns: [
      '^(anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters)$',
      '^(anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters) (anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters|redactie)$',
      '^(persbureaus|agentschappen|redactie en persbureaus)$',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(niet|niet door de redactie) (bewerkt|geredigeerd|gecontroleerd) [door de redactie|door onze redactie]$',
      'niet (bewerkt|geredigeerd|aangepast) door (de|onze) redactie',
      '(automatisch|ongewijzigd) (overgenomen|gepubliceerd|gegenereerd) (van|uit|via) (een|het|de) (persbureau|nieuwsfeed|feed|nieuwsdienst|anp)',
      '(dit|het) (bericht|artikel) (is|werd) (automatisch|ongewijzigd) (overgenomen|gepubliceerd)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'alle rechten voorbehouden',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      '^# (anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters)$',
      '^(c|copyright) (anp|belga|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|novum|anp afp|anp reuters)',
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      '(niets|geen enkel deel) (uit|van) (deze|dit) (uitgave|artikel|publicatie|website) (mag|mogen) [worden ](verveelvoudigd|overgenomen|gereproduceerd|gepubliceerd)',
      '(overname|verspreiding|reproductie|verveelvoudiging) * (zonder|niet) [schriftelijke |voorafgaande ](toestemming|toegestaan)',
      '(overgenomen|gepubliceerd|herpubliceerd) (met|onder) (toestemming|een creative commons licentie|creative commons licentie)',
    ],
  },
]);
