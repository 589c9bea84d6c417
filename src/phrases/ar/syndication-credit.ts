import { definePhrases } from '../define.js';

// Wire agencies as Arabic news credits them: Reuters, AFP (أ ف ب, فرانس برس), AP, dpa (د ب أ), Anadolu,
// Xinhua, and the national agencies SPA (واس), WAM (وام), KUNA (كونا), QNA (قنا), BNA (بنا), MENA (أ ش أ),
// Petra (بترا), SANA (سانا), APS (واج), TAP (وات); "وكالات" is "agencies". Hamza and marks are read
// through (normalise.ts), so "أ ف ب" and "ا ف ب" are one pattern.
export const AGENCY =
  'رويترز|أ ف ب|فرانس برس|وكالة فرانس برس|أسوشيتد برس|اسوشيتدبرس|د ب أ|الأناضول|شينخوا|واس|وام|كونا|قنا|بنا|أ ش أ|بترا|سانا|واج|وات|سبوتنيك|إرنا|وكالات|الوكالات|وكالات الأنباء';

export default definePhrases('ar', 'syndication-credit', [
  // "(بمساعدة وكالات)", "(نقلا عن رويترز)": the credit alone on a line.
  {
    id: 'with-input-from',
    patterns: [`^(بمساعدة|بمشاركة|مع|نقلا عن|بالاستناد الى|استنادا الى) [وكالة] (${AGENCY})$`, `^(بمساعدة|بمشاركة) [وكالة] (${AGENCY}) و (${AGENCY})$`],
  },
  // "(رويترز)", "(أ ف ب)", "رويترز، أ ف ب": only agencies on the line; a dateline "الرياض (واس) -" opens a paragraph that goes on.
  {
    id: 'agency-tag',
    patterns: [`^[وكالة] (${AGENCY})$`, `^(${AGENCY}) [و] (${AGENCY})$`],
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
      '(جميع|كل) الحقوق محفوظة',
      'حقوق (النشر|الطبع|الطبع والنشر|النشر والتوزيع|الملكية) محفوظة',
      '(يمنع|يحظر|ممنوع|لا يجوز) * (نسخ|النسخ|نشر|النشر|اعادة|الاقتباس|نقل) * (دون|بدون) (اذن|موافقة|الرجوع|الاشارة)',
    ],
  },
]);
