import { definePhrases } from '../define.js';

// Han text is read a character to a word (normalise.ts): a pattern word of several characters matches
// them in a row anywhere inside a run, so most patterns here hold the whole line (`^…$`). `*` skips
// up to three characters: a name, not a sentence.
// Wire agencies and the agency sites that syndicate, simplified and traditional.
export const AGENCY =
  '新华社|新華社|新华网|新華網|中新社|中新网|中新網|中央社|人民网|人民網|央视新闻|央視新聞|法新社|路透社|路透|美联社|美聯社|共同社|韩联社|韓聯社|塔斯社|彭博社|彭博';
const REPORT = '报道|報道|報導';
// Who holds a copyright at the start of its line: an agency, or "this site/paper".
const OWNER = `${AGENCY}|本站|本网|本網|本报|本報|本刊`;
const REUSE = '转载|轉載|复制|複製|转发|轉發|摘编|摘編|镜像|鏡像|使用|下载|下載';
// Picture agencies and sources a picture credit names.
const PICTURE_SOURCE = `${AGENCY}|视觉中国|視覺中國|东方ic|東方ic|网络|網絡|網路|受访者供图|受訪者供圖|资料图|資料圖`;

export default definePhrases('zh', 'syndication-credit', [
  // "（综合外电报道）", "（综合新华社、中新社报道）", a tail line "据新华社报道"; "据新华社报道，……" opening a
  // paragraph is news and goes on.
  {
    id: 'with-input-from',
    patterns: [
      `^(综合|綜合) [外电|外電|外媒|媒体|媒體|中外媒体|中外媒體|各方|网络|網絡|網路|${AGENCY}] [${AGENCY}] [${AGENCY}] (${REPORT})$`,
      `^(据|據) (${AGENCY}|外电|外電|外媒) (${REPORT}|电|電|消息)$`,
      // "本文转载自人民网"; without 本文 only a short source alone on the line: "摘自《人民日报》的一篇评论……" is news.
      `^(本文|此文) (转载自|转自|轉載自|轉自|摘自|选自|選自)`,
      `^(转载自|转自|轉載自|轉自|摘自|选自|選自) (${AGENCY})$`,
    ],
  },
  // "（新华社）", "（中央社）", "（完）"; a photo credit "新华社记者 张三 摄".
  {
    id: 'agency-tag',
    patterns: [
      `^(${AGENCY})$`,
      `^(${AGENCY}) (讯|訊|电|電|供图|供圖|图|圖|发|發)$`,
      '^(完|全文完)$',
      `^(${AGENCY}) [记者|記者] * (摄|攝)$`,
      // A dateline alone on a line, "中新网3月5日电"; before the story's text on one line it is news.
      `^(${AGENCY}) * # 月 # 日 (电|電)$`,
    ],
  },
  // "（本报记者 李四）", "（新华社记者 王明）": the reporter's credit alone on a line. A bare 记者 and a
  // name is left out: "記者會" (a press conference) is a heading of the same form.
  {
    id: 'reporter-tag',
    patterns: [`^(本报|本報|本网|本網|${AGENCY}) (记者|記者) *$`],
  },
  // Picture credits: "图/新华社", "图片来源：视觉中国", "（图片来源于网络，如有侵权请联系删除）".
  {
    id: 'picture-credit',
    patterns: [
      `^(图|圖|图片|圖片) [来源|來源] (${PICTURE_SOURCE})$`,
      '^(图片|圖片) (来源于|來源於|来自|來自) (网络|網絡|網路) * (侵权|侵權) * (删除|刪除)$',
      '^[如有|若有] (侵权|侵權) (请|請) * (联系|聯繫|联络|聯絡) * (删除|刪除)$',
    ],
  },
  // In Latin letters, on a Chinese page (English credits are English phrase data).
  {
    id: 'agency-tag-latin',
    ownLanguageOnly: true,
    patterns: ['^(cna|cns|chinanews)$'],
  },
  // "责任编辑：张三", "（編輯：陳三）1130501", "（譯者：陳三/核稿：李四）": who handled the copy.
  {
    id: 'editor-line',
    patterns: [
      // The label, a name (a Han name is up to three characters) and perhaps a number, and nothing else:
      // "责任编辑制度是……", "编辑部", "审核结果" are words of the text. A bare 编辑 takes the number of
      // the wire's form ("（編輯：陳大文）1130501"); "编辑说", "编辑推荐" are headings.
      '^(责任编辑|責任編輯|责编|責編|值班编辑|值班編輯|实习编辑|實習編輯) * [#]$',
      '^(编辑|編輯) * #$',
      '^(译者|譯者|核稿|审校|審校|监制|監製|编审|編審) * [#]$',
      '^(编辑|編輯|译者|譯者|审核|審核|编审|編審) * (核稿|编辑|編輯|审校|審校|校对|校對|审核|審核|责编|責編|监制|監製) * [#]$',
    ],
  },
  {
    id: 'copyright',
    // Each notice holds the whole line: "未经许可不得转载他人作品" and "坚持侵权必究" are sentences.
    patterns: [
      // "版权所有人……" opens sentences: at the start the notice needs a sign, a year or a name after it.
      '^(版权所有|版權所有) [c|copyright] #',
      `^(版权所有|版權所有) [c|copyright] (${AGENCY})`,
      `^[c|copyright] [#] [${OWNER}] (版权所有|版權所有) [翻印必究|侵权必究|侵權必究|违者必究|違者必究]$`,
      `^[c|copyright] [#] [${OWNER}] (版权所有|版權所有) (未经|未經|禁止|不得|严禁|嚴禁)`,
      '^(翻印必究|侵权必究|侵權必究|违者必究|違者必究)$',
      `^(未经|未經) [${OWNER}|作者] [书面|書面|协议|協議] (授权|授權|许可|許可|同意) * (不得|禁止|严禁|嚴禁|请勿|請勿|谢绝|謝絕) * (${REUSE}) [或|及|和|或者] [${REUSE}] [本文|本网|本網|本站|本报|本報] [内容|內容|文章|作品|稿件|图片|圖片] [违者必究|違者必究]$`,
      `^[如需|如要|如欲] (转载|轉載) (请|請) (注明|标明|標明) (出处|出處|来源|來源) [及作者]$`,
      `^[本文|本站|本网|本網|本报|本報] [内容|內容|文章|作品] (严禁|嚴禁|禁止|不得|請勿|请勿|谢绝|謝絕) (转载|轉載)$`,
      '^(版权声明|版權聲明) [本文|文章] (版权|版權) (归|歸) * (所有)$',
      '^(免责声明|免責聲明) (本文|文章|此文) (仅代表|僅代表|只代表) * (观点|觀點)',
    ],
  },
]);
