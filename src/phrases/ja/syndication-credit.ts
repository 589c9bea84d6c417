import { definePhrases } from '../define.js';

// Han and kana are read a character to a word (normalise.ts): a pattern word of several characters
// matches them in a row anywhere inside a run, so most patterns here hold the whole line (`^…$`).
// Wire agencies as Japanese news credits them: Kyodo, Jiji, Reuters, AFP-Jiji, AP, Xinhua, Yonhap, Bloomberg.
export const AGENCY =
  '共同|共同通信|共同通信社|時事|時事通信|時事通信社|ロイター|ロイター通信|afp時事|afp|ap|ap通信|新華社|聯合|聯合ニュース|聯合通信|ブルームバーグ|タス通信';

export default definePhrases('ja', 'syndication-credit', [
  // "（共同）", "（時事通信）", "（ロイター）", "（ロイター＝共同）": only the agency on the line.
  {
    id: 'agency-tag',
    patterns: [`^(${AGENCY})$`, `^(${AGENCY}) (${AGENCY})$`, `^(${AGENCY}) (電|配信|提供)$`],
  },
  // In Latin letters, on a Japanese page (English credits are English phrase data).
  {
    id: 'agency-tag-latin',
    ownLanguageOnly: true,
    patterns: ['^(jiji|jiji press|kyodo news|afp jiji)$'],
  },
  // "無断転載禁止", "記事・写真の無断転載を禁じます", "（c）共同通信社".
  {
    id: 'copyright',
    patterns: [
      '無断 (転載|複製|転用|使用) * (禁じます|禁じられています|禁ず|お断りします|お断りいたします)',
      '無断 (転載|複製|転用) * 禁止$',
      '^無断 (転載|複製|転用) * 禁止',
      `^c (${AGENCY})`,
      '^(著作権|著作権は) * (帰属します|帰属しています)$',
    ],
  },
]);
