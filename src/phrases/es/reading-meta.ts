import { definePhrases } from '../define.js';

export default definePhrases('es', 'reading-meta', [
  {
    id: 'read-time',
    patterns: [
      '(tiempo|duracion) de lectura # (min|minuto|minutos)',
      '^(tiempo|duracion) (de|estimado de) lectura',
      '# (min|minuto|minutos) de lectura',
      '^lectura # (min|minuto|minutos)$',
      '^# (min|minuto|minutos) (lectura|de lectura|para leer)$',
    ],
  },
  {
    id: 'updated',
    patterns: [
      '^(actualizado|actualizada|publicado|publicada|modificado|modificada|creado|actualizacion) (el|a las|hace|hoy|ayer|#)',
      '^(actualizado|actualizada|publicado|publicada) [el ](lunes|martes|miercoles|jueves|viernes|sabado|domingo|#)',
      '^hace # (min|minuto|minutos|hora|horas|h|dia|dias)$',
      '^(actualizado|actualizada|publicado|publicada)$',
    ],
  },
  {
    id: 'tools',
    patterns: [
      '^(imprimir|guardar|guardado|escuchar|escuchar noticia|escuchar articulo|regalar|regalar articulo|tamano de letra|tamano del texto|tamaño de letra|a a|texto)$',
      '^(imprimir|escuchar|guardar|regalar) [esta |este |la |el ](noticia|articulo|nota)',
      'escuchar (esta|este|la|el) (noticia|articulo|nota)',
      '^(tamano|tamaño) [de ][la ](letra|fuente|texto)',
    ],
  },
  {
    id: 'age-warning',
    patterns: [
      '(esta|este|la|el) (noticia|articulo|nota) (tiene|fue publicada hace|fue publicado hace) [mas de ]# (anos|ano|meses|mes)',
      '(esta|este) (noticia|articulo) (es de hace|tiene mas de) # (anos|ano|meses)',
    ],
  },
  {
    id: 'date-line',
    patterns: [
      '^[lunes|martes|miercoles|jueves|viernes|sabado|domingo] # de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) [de] # [a las] [# #] [h|hs]$',
    ],
  },
  {
    id: 'player-and-gallery',
    ownLanguageOnly: true,
    patterns: [
      '^(video|audio|ver video|reproducir|reproducir video|pausa|pantalla completa|cerrar)$',
      '^(imagen|foto|fotografia|video) # [de] #$',
    ],
  },
]);
