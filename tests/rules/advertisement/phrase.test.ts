import rule from '../../../src/rules/advertisement/phrase.js';
import { ruleCases } from '../../helpers/rule-cases.js';

// Hard negatives first: ordinary news sentences about the same topic.
ruleCases(rule, {
  valid: [
    { doc: ["Klienci mogą zobaczyć oferty na stronie banku, a ceny spadły o 5 proc."], lang: "pl" },
    { doc: ["Some influencers' posts contain affiliate links, the regulator said."] },
    { doc: ["Advertisement spending rose by a fifth in the quarter, the agency said."] },
    { doc: ["Die Polizei erstattete Anzeige gegen den Fahrer."] },
  ],
  invalid: [
    { doc: ["Advertisement"] },
    { doc: ["Anzeige"] },
    { doc: ["Publicité"] },
    { doc: ["Story continues below advertisement"] },
  ],
});
