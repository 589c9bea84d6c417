import { definePhrases } from '../define.js';

export default definePhrases('es', 'paywall', [
  {
    id: 'subscribe-to-continue',
    patterns: [
      '(suscribete|suscribase|registrate|registrese|inicia sesion|inicie sesion) (para|y) (seguir leyendo|continuar leyendo|leer|acceder|desbloquear|seguir)',
      'para (seguir leyendo|continuar leyendo|leer el resto|leer la noticia completa|leer el articulo completo|acceder a este contenido)',
      '(sigue|siga|continua) leyendo (con|por) ',
      '(desbloquea|desbloquear) (este|el) (articulo|contenido)',
      '(acceso|accede) (ilimitado|sin limites) (a|al|a todos)',
    ],
  },
  {
    id: 'subscribers-only',
    patterns: [
      '(exclusivo|exclusiva|solo|sólo|reservado|reservada|disponible) (para|a) (suscriptores|suscriptoras|socios|abonados|miembros|usuarios registrados|suscriptores premium)',
      '(este|el) (articulo|contenido|reportaje|texto) es (exclusivo|solo|sólo|reservado) (para|a) ',
      '^(exclusivo suscriptores|solo suscriptores|premium|exclusivo|para suscriptores|contenido exclusivo|exclusivo para suscriptores|suscriptores)$',
      '(contenido|articulo|noticia) (exclusivo|premium) (para|de) (suscriptores|socios|abonados)',
    ],
  },
  {
    id: 'article-limit',
    patterns: [
      '(has|ha) (alcanzado|llegado al|agotado|consumido) * (limite|articulos gratuitos|noticias gratuitas|cupo)',
      '# (articulos|noticias) (gratuitos|gratis|gratuitas) (restantes|disponibles|al mes|este mes)',
      '(te|le) (quedan|queda) # (articulos|noticias|articulo|noticia) (gratuitos|gratis|gratuitas|gratuito)',
      '(ultimo|ultima) (articulo|noticia) (gratuito|gratuita|gratis)',
    ],
  },
  {
    id: 'already-subscriber',
    patterns: [
      '(ya eres|ya es|ya sos) (suscriptor|suscriptora|socio|socia|abonado|abonada|miembro|usuario)',
      '(ya tienes|ya tiene|ya tenes) [una ](cuenta|suscripcion)',
      '(aun|todavia|aún) no (eres|es|sos) (suscriptor|suscriptora|socio|socia)',
      '^(inicia sesion|iniciar sesion|inicie sesion|entrar|acceder|ingresar)$',
    ],
  },
  {
    id: 'subscribe-offer',
    patterns: [
      '^(suscribete|suscribase|suscribirme|suscribete ahora|suscribete ya|ver planes|ver ofertas)$',
      '(cancela|cancelar|cancelacion|anula) (cuando quieras|en cualquier momento|sin permanencia)',
      'sin permanencia',
      '[el ]primer mes (gratis|por # euro|por #|a #)',
      '# (euros|euro|e|dolares|pesos) (al|por|el) mes (el primer|durante|los primeros)',
    ],
  },
]);
