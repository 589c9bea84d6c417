import { definePhrases } from '../define.js';

export default definePhrases('es', 'tags', [
  {
    id: 'tags-label',
    patterns: [
      '^(etiquetas|etiqueta|temas|tema|tags|categorias|categoria|palabras clave|archivado en|archivado bajo|publicado en|secciones|seccion|temas relacionados)$',
      '^(etiquetas|tags|categorias|categoria|palabras clave|archivado en|archivado bajo)',
      '^temas (de la noticia|del articulo|relacionados)',
      '^temas (y|de la) (etiquetas|seccion)',
    ],
  },
  {
    id: 'more-on-topics',
    patterns: [
      '^(mas sobre|todo sobre|mas noticias sobre|sigue el tema|seguir tema|sigue estos temas|seguir estos temas|noticias sobre)$',
      '^(todo sobre|mas noticias sobre|mas sobre|sigue el tema|sigue este tema|seguir el tema|seguir este tema)',
    ],
  },
]);
