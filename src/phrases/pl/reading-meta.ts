import { definePhrases } from '../define.js';

export default definePhrases('pl', 'reading-meta', [
  {
    id: 'read-time',
    patterns: [
      '(czas czytania|czas lektury) # (min|minut|minuty|minuta)',
      '^(czas czytania|czas lektury|szacowany czas czytania)',
      '# (min|minut|minuty|minuta) (czytania|lektury)$',
      '^# (min|minut|minuty|minuta) (czytania|lektury|do przeczytania)',
    ],
  },
  {
    id: 'updated',
    patterns: [
      '^(aktualizacja|zaktualizowano|opublikowano|publikacja|data publikacji|data aktualizacji|dodano|zmodyfikowano|ostatnia aktualizacja) #',
      '^(aktualizacja|zaktualizowano|opublikowano|publikacja|dodano) (dzisiaj|dziś|wczoraj|w poniedziałek|we wtorek|w środę|w czwartek|w piątek|w sobotę|w niedzielę|#)',
      '^# (minut|minuty|minutę|min|godzin|godziny|godzinę|godz|dni|dzień) temu$',
      '^(aktualizacja|opublikowano|zaktualizowano)$',
    ],
  },
  {
    id: 'tools',
    patterns: [
      '^(drukuj|wydrukuj|zapisz|zapisz artykuł|odsłuchaj|posłuchaj|słuchaj|podaruj artykuł|rozmiar czcionki|rozmiar tekstu|wielkość czcionki|a a)$',
      '^(drukuj|wydrukuj|odsłuchaj|posłuchaj|zapisz|podaruj) (ten |ten artykuł|artykuł|tekst|stronę)',
      '(odsłuchaj|posłuchaj) [ten |tego ](artykuł|artykułu|tekstu|tekst)',
      '^(rozmiar|wielkość) (czcionki|tekstu|liter)',
    ],
  },
  {
    id: 'age-warning',
    patterns: [
      '(ten|ta) (artykuł|tekst|materiał|informacja) (ma|został opublikowany|ma już) [ponad|więcej niż] # (lat|lata|rok|miesięcy|miesiące)',
      '(artykuł|tekst) (sprzed|opublikowany ponad) # (lat|laty|miesięcy)',
    ],
  },
  {
    id: 'date-line',
    patterns: [
      '^# (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia) # [r] [# #]$',
    ],
  },
]);
