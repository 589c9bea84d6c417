import rule from '../../../src/rules/reading-meta/date-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';

ruleCases(rule, {
  valid: [
    // Same topic: a date inside a sentence, and a date in a timetable cell.
    { doc: [PARA, 'The new timetable starts on 23.10.2018 and runs until the spring.'] },
    { doc: '<table><tr><td>23.10.2018</td><td>First crossing</td></tr></table>', at: 0 },
    { doc: [PARA, '1.2.3'] },
    // A time of day in a sentence, and a dated sentence.
    { doc: [PARA, 'La réunion a commencé à 10h15 avec le ministre.'] },
    { doc: [PARA, 'Rendez-vous le 12/04/2024 à 10h15 devant la mairie.'] },
    { doc: [PARA, '12/04/2024 à 10h15 : le ministre arrive.'] },
  ],
  invalid: [
    { doc: [PARA, '23.10.2018'] },
    { doc: [PARA, '2019-01-11 14:30'] },
    { doc: [PARA, '11/01/2019 | 9:05'] },
    { doc: [PARA, '23.10.2018, 14:30 Uhr'] },
    // Times with an h between hours and minutes, and a short word joining date and time.
    { doc: [PARA, '12/04/2024 à 10h15'] },
    { doc: [PARA, '12/04/2024 10 h 15'] },
    { doc: [PARA, '12/04/2024 - 10h'] },
    { doc: [PARA, '12.04.2024 um 10.15 Uhr'] },
    { doc: [PARA, '04/12/2024 at 10:15 am'] },
    { doc: [PARA, '12/04/2024 às 10h15'] },
  ],
});
