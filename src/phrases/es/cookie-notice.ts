import { definePhrases } from '../define.js';

export default definePhrases('es', 'cookie-notice', [
  {
    id: 'we-use-cookies',
    patterns: [
      '(este sitio|esta web|este sitio web|esta pagina|nuestro sitio|nuestra web|utilizamos|usamos|nosotros y nuestros socios) [utiliza|usa|utilizamos|usamos|utilizan|usan] (cookies|cookies propias)',
      '(utilizamos|usamos|utiliza|usa|emplea|empleamos) cookies (propias|para|y|de terceros)',
      '(si continua|si continuas|al continuar|al navegar|al hacer clic) * (acepta|aceptas|consiente|consientes) [el ](uso|su uso|la instalacion) [de ][cookies|las cookies]',
      'uso de (cookies|las cookies)',
      'politica de cookies',
    ],
  },
  {
    id: 'cookie-buttons',
    patterns: [
      '(aceptar|rechazar|configurar|gestionar|personalizar|permitir) [todas ][las ]cookies',
      '^(aceptar|aceptar todo|aceptar todas|rechazar|rechazar todo|rechazar todas|acepto|configurar|configuracion|ajustes|aceptar y cerrar|continuar sin aceptar|mas opciones|gestionar opciones|de acuerdo)$',
      '(configuracion|ajustes|preferencias|aviso|politica) de (cookies|privacidad)$',
    ],
  },
  {
    id: 'consent-framework',
    patterns: [
      '(nosotros y nuestros|y nuestros) [# ](socios|proveedores|partners) (almacenamos|utilizamos|accedemos|tratamos)',
      '(almacenar|almacenamos) (y o|y) (acceder|accedemos) a (informacion|la informacion) (en|de) (un|su|tu) (dispositivo|terminal)',
      'anuncios y contenido personalizados',
      'medicion de (anuncios|publicidad) y [del ]contenido',
    ],
  },
]);
