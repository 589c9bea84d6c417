import rule from '../../../src/rules/attribution/issuer-profile.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';

ruleCases(rule, {
  valid: [
    // Same topic, news sentences about a company.
    { doc: [PARA, 'The company said it would hire around 300 seasonal staff for the summer.'] },
    { doc: [PARA, 'Harbour Ferries, which runs the lake crossings, lost money for the third year.'] },
    { doc: [PARA, 'Die Reederei mit Sitz am Hafen will neue Schiffe kaufen.'] },
    // A closing line of a business story states the head count too: not a profile on its own.
    { doc: [PARA, 'The company employs about 3000 people in Germany.'] },
    { doc: [PARA, 'Die Hafen Reederei beschäftigt rund 300 Mitarbeiter an fünf Standorten.'] },
    { doc: [PARA, 'Le groupe emploie plus de 300 collaborateurs en Europe.'] },
    { doc: [PARA, 'La naviera cuenta con más de 300 empleados en la región.'] },
    { doc: [PARA, 'The shares are listed on the Frankfurt Stock Exchange.'] },
  ],
  invalid: [
    { doc: [PARA, 'Harbour Ferries Ltd is a leading provider of lake transport in the region.'], min: 0.5 },
    { doc: [PARA, 'The company is headquartered in Lakeside and employs around 300 people.'], min: 0.5 },
    { doc: [PARA, 'Die Hafen Reederei ist ein führender Anbieter von Fährverbindungen am See.'], min: 0.5 },
    { doc: [PARA, 'Ferries du Lac est un leader européen du transport lacustre.'], min: 0.5 },
    { doc: [PARA, 'Naviera del Lago es una empresa líder en transporte lacustre.'], min: 0.5 },
  ],
});
