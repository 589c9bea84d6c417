import { definePhrases } from '../define.js';

// Wire agencies a Swedish page names.
const AGENCY = '(tt|tt nyhetsbyrån|tidningarnas telegrambyrå|ntb|ritzau|stt|reuters|afp|ap|dpa|efe|xinhua|bloomberg|nyhetsbyråer|nyhetsbyrån|byråerna)';

export default definePhrases('sv', 'attribution', [
  // "Källa" loses its dots to "kalla", a word of its own ("kalla vindar"): the label counts only
  // alone, or as the whole line with an agency after it.
  {
    id: 'source-label',
    patterns: ['^källa$', '^källor$', `^källa ${AGENCY}$`, `^källor ${AGENCY}$`, `^(källa|källor) * (och|samt) ${AGENCY}$`],
  },
  {
    id: 'credit-opener',
    patterns: ['^(artikeln|texten) (publicerades|publicerats) (först|ursprungligen) (i|på|hos)', '^(först|ursprungligen) publicerad (i|på|hos)'],
  },
  {
    id: 'about-label',
    patterns: ['^(om skribenten|om författaren|om oss)$'],
  },
]);
