import { definePhrases } from '../define.js';

export default definePhrases('es', 'app-promo', [
  {
    id: 'download-app',
    patterns: [
      '(descarga|descargue|descargar|baja|baje|instala|instale|prueba) (nuestra|la|gratis nuestra|gratis la) * (app|aplicacion)',
      '^(descarga|descargue|descargar|instala|instale) (la app|la aplicacion|nuestra app|nuestra aplicacion)',
      '(lee|sigue|recibe) * en (nuestra|la) (app|aplicacion) [movil|gratuita]',
      '(app|aplicacion) [movil ](disponible|gratuita|gratis) (en|para) (app store|google play|android|ios|iphone)',
    ],
  },
  {
    id: 'app-stores',
    patterns: [
      '(disponible|descargala|descargalo|descarga|descargar) (en|desde) [la |el ](app store|google play|play store)',
      '(app store|apple store) (y|o) [en ](google play|play store)',
      '(google play|play store) (y|o) [la |el ](app store|apple store)',
      '^(app store|google play|play store) (google play|app store|play store)$',
    ],
  },
  {
    id: 'in-app',
    patterns: [
      '(activa|active|activar|recibe|reciba) [las ](notificaciones|alertas) (push|de ultima hora|en tu movil|de la app|en su movil)',
      '(notificaciones|alertas) [push ]en (nuestra|la) (app|aplicacion)',
    ],
  },
]);
