import rule from '../../../src/rules/advertisement/disguised-letters.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = 'The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.';

ruleCases(rule, {
  valid: [
    // Two scripts side by side, each word in one of them.
    { doc: [PARA, 'Компания Apple представила новый iPhone в Москве, сообщает агентство.'] },
    // Ukrainian words with a Latin "i" typed by mistake: the words are mostly Cyrillic.
    { doc: [PARA, 'Жителi мiста зiбралися бiля рiчки, щоб вiдзначити свято.'] },
    // A Greek letter in a formula or a unit is not a disguise.
    { doc: [PARA, 'The β-blocker lowered the pulse by 12% in the αβ group, the authors wrote.'] },
    // Names in science built of capitals and a Greek letter that has a Latin twin: no Latin word is disguised.
    { doc: [PARA, 'Silencing NF-κB and IκBα cut IKKα levels in the treated rats.'] },
    { doc: [PARA, 'Measured: εr = 3, κT = 5, ρV = 7, Tc = 77 K.'] },
    // Russian words with a Latin letter typed by slip.
    { doc: [PARA, 'Москвa, Кокa-Кокa, Томскe'] },
  ],
  invalid: [
    { doc: [PARA, 'Вооk уоur hоlіdау nоw аnd ѕаvе uр tо 50% оn аll ferry tісkеtѕ!'] },
    { doc: [PARA, 'Cоntасt оur sаlеs dеsk to plасе your bаnnеr on the front pаgе this week.'] },
  ],
});
