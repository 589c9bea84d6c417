import { definePhrases } from '../define.js';

// Wire agencies a Ukrainian page names, in Cyrillic and in Latin letters.
const AGENCY =
  '(укрінформ|уніан|інтерфакс україна|інтерфакс|українські новини|рбк україна|суспільне|рейтер|рейтерс|франс прес|асошіейтед прес|ассошіейтед прес|блумберг|сіньхуа|ukrinform|unian|interfax ukraine|interfax|reuters|afp|ap|dpa|efe|xinhua|bloomberg|агенції|агентства|змі)';

export default definePhrases('uk', 'attribution', [
  // "Джерело в уряді повідомило ..." opens news sentences: the label counts only alone, or as the
  // whole line with an agency after it.
  {
    id: 'source-label',
    patterns: ['^джерело$', '^джерела$', `^джерело ${AGENCY}$`, `^джерела ${AGENCY}$`, `^(джерело|джерела) * (і|й|та|а також) ${AGENCY}$`],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^(вперше|уперше|першочергово) (опубліковано|опублікований|опублікована) (в|у|на)',
      '^(стаття|матеріал|текст) (вперше|уперше) (опублікований|опублікована|вийшов|вийшла|з явився|з явилася) (в|у|на)',
    ],
  },
  {
    id: 'about-label',
    patterns: ['^(про автора|про авторку|про авторів|про нас)$'],
  },
]);
