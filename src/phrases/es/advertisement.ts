import { definePhrases } from '../define.js';

export default definePhrases('es', 'advertisement', [
  // Only as the whole block: "la publicidad de apuestas" is a news topic.
  {
    id: 'ad-label',
    patterns: [
      '^(publicidad|anuncio|anuncios|patrocinado|patrocinada|contenido patrocinado|contenido de marca|publirreportaje|contenido pagado|espacio patrocinado|promocion|branded content|contenido promocionado|contenido comercial)$',
      '^(patrocinado|patrocinada|ofrecido|presentado) por',
      '^publicidad (sigue|continua|la noticia)',
      '^en (colaboracion|alianza) con ',
    ],
  },
  {
    id: 'continue-below',
    patterns: [
      '(la noticia|el articulo|el texto|la nota|la lectura) (continua|sigue) (debajo|despues|tras|bajo) [de ](la|este|el|esta) (publicidad|anuncio)',
      '(continua|sigue) [leyendo ](debajo|despues|tras|bajo) [de ](la|este|el|esta) (publicidad|anuncio)',
      '^(desplazate|desliza) para (continuar|seguir leyendo)',
    ],
  },
  {
    id: 'ad-blocker',
    patterns: [
      '(desactiva|desactive|desactivar|deshabilita|deshabilite) (tu|su|el) (bloqueador|bloqueador de anuncios|bloqueador de publicidad|adblock|adblocker)',
      '(bloqueador de anuncios|bloqueador de publicidad|adblock|adblocker) (detectado|activado|activo)',
      '(estas|esta|estás) usando [un ](bloqueador|adblock)',
    ],
  },
]);
