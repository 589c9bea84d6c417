import { definePhrases } from '../define.js';

export default definePhrases('es', 'donation-appeal', [
  {
    id: 'non-profit',
    patterns: [
      '(somos|es) (un|una) (medio|periodico|diario|organizacion|fundacion|asociacion|cooperativa|proyecto) (independiente|sin animo de lucro|sin fines de lucro|sin publicidad|sin ánimo de lucro)',
      '(organizacion|medio|periodismo) sin (animo|fines) de lucro [que ](depende|vive|se financia)',
      '(periodismo|medio|informacion) (independiente|libre) (necesita|depende|vive) [de ](ti|tu apoyo|su apoyo|sus lectores|nuestros lectores|vos)',
      '(financiado|financiada|sostenido|sostenida) (por|gracias a) (sus|nuestros|nuestras|tus) (lectores|lectoras|socios|socias|suscriptores|donaciones)',
    ],
  },
  {
    id: 'help-us',
    patterns: [
      '(ayudanos|ayudenos|ayudenos a|ayudanos a) ',
      '(apoya|apoye|apoyar|apoyen|sostene|sosten|sostenga) (nuestro|el|a|al|un) (periodismo|trabajo|medio|diario|periodismo independiente)',
      '^(apoyanos|apoyenos|apoya|apoyar|sostenenos|colabora|colabore)$',
      '^(apoyanos|apoyenos|sostenenos|colabora con nosotros|suscribete y apoya)',
      '(necesitamos|nos hace falta) (tu|su|vuestro) (apoyo|ayuda|colaboracion|donacion)',
      'sin (tu|su) (apoyo|ayuda|colaboracion) (no podriamos|no es posible|no podemos)',
    ],
  },
  {
    id: 'donate',
    patterns: [
      '^(dona|donar|done|haz una donacion|hacer una donacion|haga una donacion|dona ahora|donar ahora|colaborar|colabora|quiero colaborar|quiero donar)$',
      '(haz|hacer|haga|realiza|realice) (una|tu|su) (donacion|aportacion|aporte|contribucion)',
      '(cada|tu|su|cualquier) (donacion|aportacion|aporte|contribucion) (cuenta|ayuda|importa|suma|es importante|marca la diferencia)',
      '(donaciones|aportaciones) (deducibles|desgravables)',
      '(dona|donar|colabora) (con|a traves de|via|por) (paypal|patreon|bizum|transferencia)',
      '(aporte|donacion|aportacion) (mensual|unica|puntual) (de|desde)',
    ],
  },
  {
    id: 'become-member',
    patterns: [
      '^(hazte|hagase|hacete|haceté) (socio|socia|miembro|mecenas|suscriptor|suscriptora|amigo|amiga|colaborador|colaboradora)',
      '(hazte|hacete|hagase) (socio|socia|miembro|mecenas) (de|del|y|ahora|hoy)',
      '(unete|unase|sumate) a (nuestra comunidad|nuestros socios|los socios|la comunidad de)',
    ],
  },
]);
