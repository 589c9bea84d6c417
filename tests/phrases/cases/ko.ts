import type { LanguageCases } from './types.js';

export const ko: LanguageCases = {
  lang: 'ko',
  positives: {
    attribution: ['출처', '기사 출처'],
    'syndication-credit': [
      '(연합뉴스)',
      '(뉴시스)',
      '(로이터=연합뉴스)',
      'Newsis',
      '무단 전재 및 재배포 금지',
      '무단전재 및 재배포 금지',
      '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
      '저작권자 © 뉴스1코리아 무단전재 및 재배포 금지',
      'ⓒ 연합뉴스',
      '[연합뉴스 자료사진]',
      '[사진=연합뉴스]',
      '연합뉴스TV 제공',
    ],
  },
  negatives: [
    '연합뉴스에 따르면 정부는 수요일 새로운 대책을 발표했다.',
    '(서울=연합뉴스) 홍길동 기자 = 정부는 수요일 새 대책을 발표했다고 밝혔다.',
    '법원은 무단 복제를 한 업체에 배상을 명령했다.',
    '출처를 밝히지 않은 자료가 온라인에 퍼졌다.',
    '저작권자들은 새 법안에 반대했다.',
    '정부는 저작물 무단 복제 금지 조항을 강화하기로 했다.',
    // Review findings: notice and agency words in sentences and headings.
    '웹툰 무단 복제 전면 금지',
    '정부, AI 학습용 뉴스 무단 배포 금지',
  ],
};
