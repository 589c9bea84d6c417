import { definePhrases } from '../define.js';

export default definePhrases('pl', 'cookie-notice', [
  {
    id: 'we-use-cookies',
    patterns: [
      '(ta strona|strona|serwis|ten serwis|nasza strona|nasz serwis|używamy|korzystamy z|wykorzystujemy|stosujemy|my i nasi partnerzy) [używa|korzysta z|wykorzystuje|stosuje|używamy|wykorzystujemy] (plików cookie|plików cookies|ciasteczek|cookies|cookie)',
      '(używamy|korzystamy z|wykorzystujemy|stosujemy|używa|wykorzystuje) [plików ](cookie|cookies|ciasteczek) (aby|by|w celu|oraz|i)',
      '(korzystając|kontynuując|klikając|przeglądając) * (zgadzasz się|wyrażasz zgodę|akceptujesz) [na ](użycie|wykorzystanie|używanie|stosowanie|zapisywanie|pliki) [plików ][cookie|cookies]',
      '(polityka|politykę|polityce|ustawienia|ustawieniach) [plików ](cookie|cookies|prywatności i cookies)',
    ],
  },
  {
    id: 'cookie-buttons',
    patterns: [
      '(akceptuj|akceptuję|zaakceptuj|odrzuć|zarządzaj|dostosuj|ustawienia) [wszystkie ][pliki ](cookie|cookies|ciasteczka)',
      '^(akceptuję|akceptuj|akceptuj wszystkie|zaakceptuj wszystkie|zgadzam się|odrzuć|odrzuć wszystkie|ustawienia|przejdź do serwisu|zgoda|wyrażam zgodę|rozumiem|zamknij i akceptuj|więcej opcji|zarządzaj opcjami|dostosuj)$',
    ],
  },
  {
    id: 'consent-framework',
    patterns: [
      '(my i nasi|i nasi) [# ](partnerzy|zaufani partnerzy|dostawcy) (przechowujemy|przechowują|wykorzystujemy|uzyskujemy|przetwarzamy)',
      '(przechowywanie|przechowywać) [informacji ](na urządzeniu|i lub dostęp do informacji)',
      '(dostęp do|przechowywanie) informacji na urządzeniu',
      'spersonalizowane (reklamy|treści) (i|oraz) (treści|pomiar)',
      'pomiar (reklam|wydajności reklam) (i|oraz) treści',
    ],
  },
]);
