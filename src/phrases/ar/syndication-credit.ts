import { definePhrases } from '../define.js';

// Wire agencies as Arabic news credits them: Reuters, AFP (أ ف ب, فرانس برس), AP, dpa (د ب أ), Anadolu,
// Xinhua, and the national agencies SPA (واس), WAM (وام), KUNA (كونا), QNA (قنا), BNA (بنا), MENA (أ ش أ),
// Petra (بترا), SANA (سانا), APS (واج), TAP (وات); "وكالات" is "agencies". Hamza and marks are read
// through (normalise.ts), so "أ ف ب" and "ا ف ب" are one pattern.
export const AGENCY =
  'رويترز|أ ف ب|فرانس برس|وكالة فرانس برس|أسوشيتد برس|اسوشيتدبرس|د ب أ|الأناضول|شينخوا|واس|وام|كونا|قنا|بنا|أ ش أ|بترا|سانا|واج|وات|سبوتنيك|إرنا|وكالات|الوكالات|وكالات الأنباء|الأنباء الفرنسية|الصحافة الفرنسية';
// Short agency names that are also words or places ("قنا" is Qena, "بنا" "with us"): a tag only after "وكالة".
const AMBIGUOUS = ['قنا', 'بنا', 'وات', 'سانا'];
const BARE_AGENCY = AGENCY.split('|').filter((a) => !AMBIGUOUS.includes(a)).join('|');
// What a notice claims: all rights, publishing rights.
const CLAIM = '(جميع الحقوق|كل الحقوق|حقوق النشر|حقوق الطبع|حقوق الطبع والنشر|حقوق النشر والتوزيع|حقوق الملكية) محفوظة';
// Whom the rights are kept for, as a notice names the site: "لموقع …", "لـ …".
const HOLDER = 'لموقع|للموقع|لصحيفة|لجريدة|لشبكة|لقناة|لمجلة|لوكالة|لمؤسسة|لدار|لشركة|ل';
// What a site's notice forbids copying: its content and material.
const CONTENT = 'المحتوى|محتوى|محتويات|المواد|مواد|المقالات|هذا المحتوى|هذا الموقع|الموقع';

export default definePhrases('ar', 'syndication-credit', [
  // "(بمساعدة وكالات)", "(نقلا عن رويترز)": the credit alone on a line.
  {
    id: 'with-input-from',
    patterns: [`^(بمساعدة|بمشاركة|مع|نقلا عن|بالاستناد الى|استنادا الى) [وكالة] (${AGENCY})$`, `^(بمساعدة|بمشاركة) [وكالة] (${AGENCY}) و (${AGENCY})$`],
  },
  // "(رويترز)", "(أ ف ب)", "رويترز، أ ف ب": only agencies on the line; a dateline "الرياض (واس) -" opens a paragraph that goes on.
  {
    id: 'agency-tag',
    patterns: [`^[وكالة] (${BARE_AGENCY})$`, `^وكالة (${AGENCY})$`, `^(${AGENCY}) [و] (${AGENCY})$`, `^(${AGENCY}) (أرشيف|أرشيفية)$`],
  },
  // In Latin letters, on an Arabic page (English credits are English phrase data).
  {
    id: 'agency-tag-latin',
    ownLanguageOnly: true,
    patterns: ['^(spa|mena|kuna|qna|bna|petra|sana|wam)$'],
  },
  {
    id: 'copyright',
    patterns: [
      // The notice holds the line, with a sign, year or site name around it: "وأكد الوزير أن جميع الحقوق
      // محفوظة للمستثمرين" is news.
      `^[c] [#] ${CLAIM} [c] [#]$`,
      `^[c] [#] ${CLAIM} (c|#) [#] *$`,
      `^[c] [#] ${CLAIM} (${HOLDER}) * [c] [#]$`,
      `^(c|#) [#] * ${CLAIM} [c] [#]$`,
      // A prohibition names the site's content: "يحظر القانون نشر صور المتهمين دون إذن" is news.
      `^(يمنع|يحظر|ممنوع|لا يجوز) [منعا باتا] (نسخ|النسخ|نشر|النشر|اعادة نشر|اعادة|الاقتباس من|نقل) (${CONTENT}) * (دون|بدون) (اذن|موافقة|الرجوع|الاشارة)`,
    ],
  },
]);
