import { definePhrases } from '../define.js';

export default definePhrases('it', 'related-links', [
  {
    id: 'read-more',
    patterns: [
      '^(leggi anche|leggi pure|leggi ancora|leggi di piu|leggi tutto|leggi l articolo|continua a leggere|per approfondire|approfondisci|approfondimenti|guarda anche|vedi anche|potrebbe interessarti|ti potrebbe interessare|potrebbero interessarti|ti potrebbero interessare|articoli correlati|notizie correlate|correlati|correlato|gli articoli piu letti|i piu letti|piu letti|piu lette|le piu lette|ultime notizie|ultimi articoli|altre notizie|altri articoli|dalla stessa sezione|in evidenza|consigliati|consigliati per te|articolo precedente|articolo successivo|precedente|successivo)$',
      '^(leggi anche|vedi anche|guarda anche|per approfondire|approfondisci|potrebbe interessarti|ti potrebbe interessare|articoli correlati|notizie correlate|altre notizie da|altre notizie di|altri articoli di|altri articoli su)',
      '^(clicca|cliccate) qui',
    ],
  },
  {
    id: 'also-read',
    patterns: [
      '(potrebbe|potrebbero) [anche ]interessarti',
      'ti (potrebbe|potrebbero) [anche ]interessare',
      '^(piu|i piu|gli articoli piu|le notizie piu) (letti|lette|visti|viste|condivisi|commentati)',
    ],
  },
]);
