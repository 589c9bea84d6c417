import { definePhrases } from '../define.js';

export default definePhrases('pt', 'attribution', [
  // "Fontes do governo afirmaram ..." opens news sentences, so the plural label is narrowed.
  {
    id: 'source-label',
    patterns: [
      '^fonte',
      '^fontes$',
      '^fontes (lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo|agencias|agencia)',
      '^fontes * (e|com) agencias',
    ],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^(cortesia|por cortesia) (de|do|da)',
      '^(publicado|publicada) (originalmente|inicialmente|primeiro) (em|no|na|por)',
      '^(este|o) (artigo|texto) (foi publicado|foi originalmente publicado) [originalmente ](em|no|na)',
    ],
  },
  {
    id: 'about-label',
    patterns: [
      '^sobre (o|a|os|as) (autor|autora|autores|autoras)$',
      '^(o autor|a autora|os autores|sobre nos|quem somos)$',
      '^sobre (a|o) * (sa|ltda|grupo|group|fundacao|instituto|associacao)$',
    ],
  },
]);
