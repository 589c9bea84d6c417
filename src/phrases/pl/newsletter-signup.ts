import { definePhrases } from '../define.js';

export default definePhrases('pl', 'newsletter-signup', [
  {
    id: 'sign-up-newsletter',
    patterns: [
      '(zapisz się|zapiszcie się|zapisz|subskrybuj|zasubskrybuj) (na|do) * (newsletter|newslettera|biuletyn|biuletynu|newsletterów)',
      '(zapisz się|subskrybuj|zamów|zasubskrybuj) [nasz |bezpłatny |darmowy |codzienny ](newsletter|biuletyn)',
      '(otrzymuj|odbieraj|dostawaj) (nasz|codziennie|bezpłatnie|najważniejsze|co tydzień|newsletter) * (newsletter|wiadomości|informacje|newsy)',
      '^(zapisz się|zapisuję się|subskrybuj|zapisz mnie|zamów newsletter)$',
    ],
  },
  {
    id: 'newsletter-label',
    patterns: [
      '^(newsletter|nasz newsletter|newslettery|biuletyn)$',
      '^(nasz|codzienny|cotygodniowy|bezpłatny|poranny|wieczorny) * newsletter$',
      '(prosto|bezpośrednio|codziennie|co tydzień|każdego ranka|za darmo) (na|do) (twoją|twojej|swoją|swojej) (skrzynkę|skrzynki|pocztę|poczty|e mail)',
      'na (twoją|swoją) skrzynkę [pocztową|mailową|e mail] (codziennie|co tydzień|każdego)',
    ],
  },
  {
    id: 'enter-email',
    patterns: [
      '(twój|podaj|wpisz|wpisz swój|podaj swój|twoj) (adres e mail|e mail|email|adres email|adres mailowy)$',
      '^(podaj|wpisz|wprowadź) [swój ](adres|e mail|email)',
      '(nieprawidłowy|niepoprawny|błędny) [adres ](e mail|email)',
      '^(adres e mail|e mail|email|adres email)$',
    ],
  },
  {
    id: 'after-signup',
    patterns: [
      '(dziękujemy|dzięki) za (zapisanie się|zapis|subskrypcję|rejestrację|zapisanie)',
      '(możesz|w każdej chwili możesz) (zrezygnować|wypisać się|anulować subskrypcję) (w każdej chwili|z subskrypcji|z newslettera|z otrzymywania)',
      '(rezygnacja|wypisanie się) [jest możliwa |możliwe ]w (każdej chwili|dowolnym momencie)',
      '(zapisując się|klikając|podając adres) * (akceptujesz|wyrażasz zgodę|zgadzasz się)',
      '(potwierdź|potwierdzić) [swój |swoją ](zapis|adres|subskrypcję)',
    ],
  },
]);
