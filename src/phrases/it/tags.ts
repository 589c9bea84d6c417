import { definePhrases } from '../define.js';

export default definePhrases('it', 'tags', [
  {
    id: 'tags-label',
    patterns: [
      '^(tag|tags|argomenti|argomento|parole chiave|parola chiave|categorie|categoria|temi|tema|etichette|etichetta|sezione|archiviato in|pubblicato in)$',
      '^(tag|tags|parole chiave|parola chiave|categorie|categoria|archiviato in|archiviato sotto|etichette)',
      '^(argomenti|temi) (trattati|correlati|dell articolo)',
    ],
  },
  {
    id: 'more-on-topics',
    patterns: [
      '^(tutto su|altro su|altri articoli su|segui l argomento|segui il tema|segui questi argomenti|argomenti correlati)$',
      '^(tutto su|altri articoli su|segui l argomento|segui il tema|segui questi argomenti)',
    ],
  },
]);
