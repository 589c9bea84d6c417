import { definePhrases } from '../define.js';

export default definePhrases('es', 'related-links', [
  // No bare "relacionado con": "relacionado con el caso" is news; the labels sit at the block start.
  {
    id: 'read-more',
    patterns: [
      '^(lee tambien|lea tambien|lee ademas|lea ademas|leer mas|lee mas|lea mas|ver mas|ver tambien|mira tambien|te puede interesar|le puede interesar|puede interesarte|tambien te puede interesar|tambien le puede interesar|te recomendamos|le recomendamos|recomendado|recomendados|noticias relacionadas|articulos relacionados|notas relacionadas|temas relacionados|contenido relacionado|mas noticias de|mas leidas|lo mas leido|lo mas visto|siga leyendo|sigue leyendo|seguir leyendo|en portada)',
      '^(haz clic|pulsa|clic|click) aqui',
      '^(noticia|articulo|nota) (anterior|siguiente)$',
      '^(relacionado|relacionada|relacionados|relacionadas|mas informacion|ultimas noticias|mas noticias|mas sobre este tema)$',
      '^(anterior|siguiente)$',
    ],
  },
  {
    id: 'also-read',
    patterns: [
      '(tambien|ademas) (te|le|les) (puede|pueden|podria|podrian) (interesar|gustar)',
      '(te|le) (puede|podria) (interesar|gustar) [tambien|ademas]$',
      '^[lo ](mas|más) (leido|leidas|leidos|visto|vistos|compartido|popular|comentado)',
      '^(otras|mas|ultimas) (noticias|historias|notas|articulos) (de|del|sobre|en) ',
    ],
  },
  {
    id: 'find-it-here',
    patterns: [
      '(puedes|puede) (encontrar|leer|consultar) (lo|la|los|las|mas|todo) (aqui|en este enlace)$',
      'te [lo] (explicamos|contamos) (en|con) nuestro (articulo|enlace|reportaje)',
    ],
  },
]);
