import rule from '../../../src/rules/attribution/source-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: ['Sources said the minister would resign before the end of the week.'] },
    { doc: ['The source of the leak has not been identified, police said.'] },
    { doc: ['Source: the minister told reporters that the talks would resume once both sides had agreed on an agenda for the meeting.'] },
    { doc: ['Note: this article was updated.'] },
  ],
  invalid: [
    { doc: ['Source: TRTWorld and agencies'], source: 'TRTWorld and agencies' },
    { doc: ['Quelle: dpa, AFP'], source: 'dpa, AFP', lang: 'de' },
    { doc: ['Fuente: Europa Press.'], source: 'Europa Press', lang: 'es' },
    { doc: ['Source : Agence France-Presse'], source: 'Agence France-Presse', lang: 'fr' },
  ],
});
