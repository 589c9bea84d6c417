import { definePhrases } from '../define.js';

// Wire agencies of Hindi news, in Devanagari: PTI, IANS, ANI, PTI's Hindi service Bhasha, UNI's Varta.
export const AGENCY = 'पीटीआई|आईएएनएस|एएनआई|भाषा|वार्ता|यूनीवार्ता|यूएनआई|रॉयटर्स|रायटर्स|एएफपी|एपी|एजेंसी|एजेंसियां|एजेंसियों|एजेंसियो';

// Agency names that are also words ("भाषा" language, "वार्ता" talks, "एजेंसी" an agency): not alone on a line.
const BARE_AGENCY = AGENCY.split('|').filter((a) => !['भाषा', 'वार्ता', 'एजेंसी'].includes(a)).join('|');

export default definePhrases('hi', 'syndication-credit', [
  // "(एजेंसी इनपुट के साथ)", "इनपुट: भाषा": the credit alone on a line; "इनपुट" opens no sentence of news.
  {
    id: 'with-input-from',
    patterns: [
      `^[${AGENCY}] [से|के|की] (इनपुट|इनपुट्स) के साथ$`,
      `^(${AGENCY}) [से|के] (इनपुट|इनपुट्स)$`,
      `^(इनपुट|इनपुट्स) (${AGENCY})$`,
      `^(इनपुट|इनपुट्स) (${AGENCY}) [और|व] (${AGENCY})$`,
      `^(इनपुट|इनपुट्स) (${AGENCY}) से$`,
    ],
  },
  // "(आईएएनएस)", "(पीटीआई-भाषा)": only the agency on the line; datelines that open a paragraph go on.
  {
    id: 'agency-tag',
    patterns: [`^(${BARE_AGENCY})$`, `^(पीटीआई|यूएनआई|यूनीवार्ता|आईएएनएस) (भाषा|वार्ता|पीटीआई)$`],
  },
  // In Latin letters, the same on a Hindi page (English credits are English phrase data).
  {
    id: 'agency-tag-latin',
    ownLanguageOnly: true,
    patterns: ['^(pti bhasha|bhasha|uni|univarta|uni varta)$'],
  },
  // "इस खबर को … टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से सीधे प्रकाशित की गई है।"
  {
    id: 'auto-generated',
    patterns: [
      '(खबर|ख़बर|लेख|समाचार|स्टोरी) को * संपादित नहीं (किया|की)',
      '(सिंडीकेट|सिंडिकेट|सिंडिकेटेड|सिंडीकेटेड) फीड से',
    ],
  },
  {
    id: 'copyright',
    // The notice holds the line, alone or after a sign or year and the site's name: "… उनकी पुस्तक पर
    // सर्वाधिकार सुरक्षित है" and "कॉपीराइट 1957 के कानून …" are news.
    patterns: [
      '^सर्वाधिकार सुरक्षित [है|हैं]$',
      '^सर्वाधिकार सुरक्षित (c|#)',
      '^(c|#|कॉपीराइट|कॉपीराईट) [c] [#] * सर्वाधिकार सुरक्षित [है|हैं]$',
      // "©" is punctuation to the phrase text: the year and a short name after the word.
      '^(कॉपीराइट|कॉपीराईट) [c] # * [सर्वाधिकार सुरक्षित]$',
      '^c (पीटीआई|आईएएनएस|एएनआई|भाषा|वार्ता)',
    ],
  },
]);
