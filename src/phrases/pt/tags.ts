import { definePhrases } from '../define.js';

export default definePhrases('pt', 'tags', [
  {
    id: 'tags-label',
    patterns: [
      '^(tags|tag|etiquetas|etiqueta|temas|tema|assuntos|assunto|categorias|categoria|palavras chave|palavra chave|arquivado em|publicado em|secoes|secao|topicos)$',
      '^(tags|etiquetas|categorias|categoria|palavras chave|palavra chave|arquivado em|assuntos relacionados|topicos)',
      '^(temas|assuntos) (relacionados|da noticia|do artigo|desta materia)',
    ],
  },
  {
    id: 'more-on-topics',
    patterns: [
      '^(mais sobre|tudo sobre|veja mais sobre|siga o tema|seguir tema|siga este tema|acompanhe o tema|noticias sobre)$',
      '^(tudo sobre|veja mais sobre|mais noticias sobre|siga o tema|siga este tema|acompanhe o tema)',
    ],
  },
]);
