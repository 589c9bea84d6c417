import { definePhrases } from '../define.js';

export default definePhrases('pl', 'feedback-widget', [
  {
    id: 'was-helpful',
    patterns: [
      '[czy ](ten|ta|to) (artykuł|tekst|informacja|materiał|strona) (był|była|było|jest) (pomocny|pomocna|przydatny|przydatna|pomocne|przydatne|interesujący|ciekawy)',
      '[czy ](artykuł|tekst|informacja) (był|była|okazał się|okazała się) (pomocny|pomocna|przydatny|przydatna)',
      '^(czy to było|czy było) (pomocne|przydatne)',
      '^(pomocne|przydatne|nieprzydatne|tak nie)$',
      '(dziękujemy|dzięki) za (ocenę|opinię|feedback|twoją ocenę|twoją opinię)',
    ],
  },
  {
    id: 'rate-article',
    patterns: [
      '^(oceń|ocen|zagłosuj na) (ten |ten artykuł|artykuł|tekst|materiał)',
      'jak oceniasz (ten artykuł|ten tekst|artykuł|tekst)',
    ],
  },
  {
    id: 'report-error',
    patterns: [
      '^(zgłoś|zgłaszam|zgłoś nam|poinformuj o) (błąd|błędzie|literówkę|literówce|problem|pomyłkę)',
      '(zauważyłeś|zauważyłaś|widzisz|znalazłeś|znalazłaś) (błąd|literówkę|pomyłkę) * (napisz|zgłoś|daj znać|poinformuj|kliknij)',
      '(błąd|literówka|pomyłka) w (tekście|artykule) (zgłoś|napisz|daj znać)',
      '^(widzisz błąd|zauważyłeś błąd|znalazłeś błąd)',
    ],
  },
  {
    id: 'send-feedback',
    patterns: [
      '^(wyślij|przekaż|podziel się|zostaw) (opinię|swoją opinię|uwagi|feedback)',
      '^(napisz|napisz do|skontaktuj się z) (redakcji|redakcją|nas)$',
      '(masz|macie) (temat|informację|newsa|sygnał|cynk|historię) * (napisz|skontaktuj|redakcja|wyślij|daj znać|alert)',
      '^(alert|dziennikarski alert|daj znać redakcji)$',
    ],
  },
]);
