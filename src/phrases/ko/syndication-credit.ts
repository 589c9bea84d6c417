import { definePhrases } from '../define.js';

// Wire agencies as Korean news credits them: Yonhap, Newsis, News1, and foreign ones (Reuters, AFP, AP, Xinhua, Kyodo, Jiji).
export const AGENCY = '연합뉴스|연합|뉴시스|뉴스1|로이터|로이터통신|afp|ap|신화|신화통신|신화사|교도|교도통신|지지통신|블룸버그|타스|연합뉴스tv';

export default definePhrases('ko', 'syndication-credit', [
  // "(연합뉴스)", "(로이터=연합뉴스)": only agencies on the line; "(서울=연합뉴스) 홍길동 기자 =" opens a
  // paragraph that goes on.
  {
    id: 'agency-tag',
    patterns: ['^(연합뉴스|뉴시스|뉴스1|로이터통신|신화통신|교도통신|지지통신|연합뉴스tv)$', `^(${AGENCY}) (${AGENCY})$`],
  },
  // Picture credits: "[연합뉴스 자료사진]", "[사진=연합뉴스]", "연합뉴스TV 제공".
  {
    id: 'picture-credit',
    patterns: [`^(${AGENCY}) (자료사진|제공|자료 사진)$`, `^(사진|그래픽|영상|자료사진) (${AGENCY}) [제공]$`],
  },
  // In Latin letters, on a Korean page (English credits are English phrase data).
  {
    id: 'agency-tag-latin',
    ownLanguageOnly: true,
    patterns: ['^(newsis|news1|yonhap news)$'],
  },
  // "무단 전재 및 재배포 금지", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "ⓒ 연합뉴스".
  // A particle glued to the noun ("무단 복제를") makes it another word, and the notice ends the line:
  // "무단 복제 금지 조항을 강화했다" is news.
  // "저작권자 ⓒ" counts before an agency, as the copyright lines of the other languages' data do; a
  // site's own notice is the copyright-line rule's business.
  {
    id: 'copyright',
    patterns: [
      // The notice holds the line from its start, or follows the holder's "저작권자 ⓒ …": "웹툰 무단 복제 전면
      // 금지" is a headline.
      '^무단 (전재|복제|배포|재배포|도용) * (금지|금합니다|금지합니다)$',
      '^무단 (전재|복제) * (재배포|배포) * (활용|이용|사용) (금지|금합니다)$',
      '^무단전재 * (금지|금합니다|금지합니다)$',
      '^(저작권자|c) [c] * 무단 (전재|복제|배포|재배포|도용) * (금지|금합니다|금지합니다)$',
      '^(저작권자|c) [c] * 무단 (전재|복제) * (재배포|배포) * (활용|이용|사용) (금지|금합니다)$',
      '^(저작권자|c) [c] * 무단전재 * (금지|금합니다|금지합니다)$',
      `^저작권자 [c] (${AGENCY})`,
      `^c (${AGENCY})`,
    ],
  },
]);
