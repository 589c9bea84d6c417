import { definePhrases } from '../define.js';

export default definePhrases('pl', 'paywall', [
  {
    id: 'subscribe-to-continue',
    patterns: [
      '(wykup|kup|zamów|zaloguj się|wykup dostęp|wykup subskrypcję|wykup prenumeratę) (aby|by|żeby) (czytać dalej|przeczytać|kontynuować|odblokować|uzyskać dostęp|czytać)',
      '(aby|by|żeby) (czytać dalej|przeczytać cały artykuł|przeczytać całość|kontynuować czytanie|przeczytać ten artykuł|przeczytać resztę)',
      '(czytaj|czytaj dalej) (z|w) (subskrypcją|prenumeratą|premium|plus|abonamentem)',
      '(odblokuj|odblokować) (ten|cały|pełny) (artykuł|tekst|dostęp)',
      '(nieograniczony|pełny) dostęp do [wszystkich ](artykułów|treści|tekstów|serwisu)',
    ],
  },
  {
    id: 'subscribers-only',
    patterns: [
      '(tylko|wyłącznie|dostępny|dostępna|dostępne|zarezerwowany) (dla|tylko dla) (subskrybentów|prenumeratorów|abonentów|członków|użytkowników premium|czytelników premium)',
      '(ten|ta) (artykuł|treść|tekst|materiał) [jest ](dostępny|dostępna|przeznaczony|zarezerwowany) (tylko|wyłącznie) dla ',
      '^(premium|tylko dla subskrybentów|dla subskrybentów|treść premium|artykuł premium|tylko dla prenumeratorów|plus)$',
      '(artykuł|treść|tekst|materiał) (premium|dla subskrybentów)$',
    ],
  },
  {
    id: 'article-limit',
    patterns: [
      '(wykorzystałeś|wykorzystałaś|wykorzystano|osiągnąłeś|osiągnęłaś) * (limit|darmowe artykuły|bezpłatne artykuły|bezpłatnych artykułów|darmowych artykułów)',
      '# (darmowe|darmowych|bezpłatne|bezpłatnych) (artykuły|artykułów|teksty|tekstów) (w tym miesiącu|miesięcznie|do przeczytania|pozostało)',
      '(pozostało|zostało) [ci ]# [darmowe|darmowych|bezpłatne|bezpłatnych] (artykuły|artykułów|tekstów|teksty)',
      '(ostatni|twój ostatni) (darmowy|bezpłatny) (artykuł|tekst)',
      'limit (darmowych|bezpłatnych) (artykułów|tekstów)',
    ],
  },
  {
    id: 'already-subscriber',
    patterns: [
      '(masz już|posiadasz już|masz) (subskrypcję|prenumeratę|konto|dostęp|abonament)',
      '(jesteś już|już jesteś) (subskrybentem|prenumeratorem|abonentem|zalogowany|użytkownikiem)',
      '(nie masz|nie posiadasz) [jeszcze ](subskrypcji|prenumeraty|konta)',
      '^(zaloguj się|zaloguj|logowanie)$',
    ],
  },
  {
    id: 'subscribe-offer',
    patterns: [
      '^(wykup subskrypcję|kup subskrypcję|subskrybuj|zamów prenumeratę|wykup dostęp|kup dostęp|zobacz ofertę|wybierz pakiet|sprawdź ofertę)$',
      '(anuluj|zrezygnuj|rezygnacja) (w każdej chwili|w dowolnym momencie|kiedy chcesz)',
      'bez zobowiązań',
      '(pierwszy miesiąc|pierwsze # dni|pierwsze # tygodnie|pierwsze # miesiące) (za darmo|za # zł|za #|gratis)',
    ],
  },
  {
    id: 'invite-to-subscribe',
    patterns: [
      'zapraszamy [tez|rowniez|takze] do (subskrypcji|prenumeraty|wykupienia prenumeraty)',
    ],
  },
]);
