import { definePhrases } from '../define.js';

// Wire agencies a Russian page names, in Cyrillic and in Latin letters.
const AGENCY =
  '(тасс|итар тасс|риа новости|риа|интерфакс|прайм|рбк|регнум|росбалт|белта|казинформ|рейтер|рейтерс|франс пресс|ассошиэйтед пресс|блумберг|синьхуа|tass|ria novosti|interfax|reuters|afp|ap|dpa|efe|xinhua|bloomberg|агентства|агентств|информагентства|информагентств|сми)';

export default definePhrases('ru', 'attribution', [
  // "Источник в правительстве сообщил ..." and "Источник ТАСС в силовых структурах ..." open news
  // sentences, so the label counts only alone, or as the whole line with an agency after it.
  {
    id: 'source-label',
    patterns: ['^источник$', '^источники$', `^источник ${AGENCY}$`, `^источники ${AGENCY}$`, `^(источник|источники) * (и|а также) ${AGENCY}$`],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^(впервые|первоначально) (опубликовано|опубликован|опубликована) (в|на|во)',
      '^(статья|материал|текст) (впервые|первоначально) (опубликован|опубликована|вышел|вышла) (в|на|во)',
    ],
  },
  {
    id: 'about-label',
    patterns: ['^(об авторе|об авторах|о нас)$'],
  },
]);
