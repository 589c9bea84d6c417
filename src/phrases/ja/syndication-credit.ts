import { definePhrases } from '../define.js';

// Han and kana are read a character to a word (normalise.ts): a pattern word of several characters
// matches them in a row anywhere inside a run, so most patterns here hold the whole line (`^…$`).
// Wire agencies as Japanese news credits them: Kyodo, Jiji, Reuters, AFP-Jiji, AP, Xinhua, Yonhap, Bloomberg.
export const AGENCY =
  '共同|共同通信|共同通信社|時事|時事通信|時事通信社|ロイター|ロイター通信|afp時事|afp|ap|ap通信|新華社|聯合|聯合ニュース|聯合通信|ブルームバーグ|タス通信';

// Agency names that are also words of the text ("時事", "共同" as in 共同声明): not alone on a line.
const BARE_AGENCY = AGENCY.split('|').filter((a) => a !== '共同' && a !== '時事').join('|');
// What a site's notice forbids copying: its articles, pictures, video.
const CONTENT = '記事|写真|画像|動画|映像|本記事|当サイト|本サイト|掲載記事';

export default definePhrases('ja', 'syndication-credit', [
  // "（時事通信）", "（ロイター）", "（ロイター＝共同）": only the agency on the line; "写真：共同", a picture credit.
  // The brackets of "（共同）" do not reach the phrase text, so "共同" and "時事" alone are words, not credits.
  {
    id: 'agency-tag',
    patterns: [
      `^(${BARE_AGENCY})$`,
      `^(${AGENCY}) (${AGENCY})$`,
      `^(${AGENCY}) (電|配信|提供)$`,
      `^(写真|画像|映像|動画|図表|グラフィック) (${AGENCY}) [提供]$`,
    ],
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
      // The notice is the whole line, perhaps after what it covers ("記事・写真の"): "無断転載を禁止する法律が
      // 成立した" and "漫画の無断転載を禁じます、と出版社が警告した" are news.
      `^[${CONTENT}] [${CONTENT}] [の] 無断 (転載|複製|転用|使用) * (禁じます|禁じられています|禁ず|お断りします|お断りいたします)$`,
      `^[${CONTENT}] [${CONTENT}] [の] 無断 (転載|複製|転用) * 禁止 [します|いたします]$`,
      `^c (${AGENCY})`,
      '^(著作権|著作権は) * (帰属します|帰属しています)$',
    ],
  },
]);
