import { definePhrases } from '../define.js';

export default definePhrases('pt', 'related-links', [
  // No bare "^mais": "Mais de 300 pessoas ..." opens news sentences.
  {
    id: 'read-more',
    patterns: [
      '^(leia tambem|leia mais|leia ainda|ler mais|ler tambem|veja tambem|veja mais|saiba mais|confira tambem|confira|relacionadas|relacionados|noticias relacionadas|materias relacionadas|artigos relacionados|mais lidas|mais lidos|as mais lidas|os mais lidos|ultimas noticias|mais noticias|mais sobre|recomendados|recomendado para voce|voce pode gostar|voce tambem pode gostar|pode interessar|tambem pode interessar|continue lendo|continuar a ler|noticia anterior|proxima noticia|artigo anterior|proximo artigo)$',
      '^(leia tambem|leia mais|leia ainda|veja tambem|confira tambem|saiba mais|noticias relacionadas|materias relacionadas|artigos relacionados|mais noticias de|mais noticias do|mais noticias da|mais noticias sobre|mais sobre este tema|mais sobre o tema)',
      '^(clique|carregue) aqui',
    ],
  },
  {
    id: 'also-read',
    patterns: [
      '(voce|você) [tambem ](pode|podera) (gostar|se interessar)',
      '[tambem ](pode|podera) (interessar|lhe interessar) [lhe|a voce|te]$',
      '^[as |os ]mais (lidas|lidos|vistas|vistos|compartilhadas|comentadas)',
    ],
  },
]);
