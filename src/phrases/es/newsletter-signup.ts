import { definePhrases } from '../define.js';

export default definePhrases('es', 'newsletter-signup', [
  {
    id: 'sign-up-newsletter',
    patterns: [
      '(suscribete|suscribase|suscribirse|suscribirte|apuntate|apuntese|registrate|registrese|inscribete|inscribase|suscripcion) (a|al|en) (nuestro|nuestros|nuestra|nuestras|el|la|los|las) * (newsletter|newsletters|boletin|boletines|boletin informativo|resumen|alertas)',
      '(recibe|recibi|reciba|recibir) (nuestro|nuestros|nuestra|nuestras|el|la|gratis nuestro|cada dia nuestro|cada manana) * (newsletter|newsletters|boletin|boletines|resumen|noticias|alertas)',
      '^(newsletter|boletin) (gratis|gratuito|diario|semanal|informativo)',
      '^(suscribirme|suscribete|suscribase|apuntarme|quiero suscribirme|registrarme)$',
    ],
  },
  {
    id: 'newsletter-label',
    patterns: [
      '^(newsletter|newsletters|boletin|boletines|boletin diario|nuestro boletin|nuestra newsletter|la newsletter)$',
      '^(nuestro|nuestra|nuestras|nuestros|el|la) * (newsletter|newsletters|boletin)$',
      '(directamente|cada manana|cada dia|cada semana|todos los dias|gratis) en (tu|su) (correo|bandeja de entrada|email|e mail|buzon)',
      'en (tu|su) (correo|bandeja de entrada|buzon) (cada|todos|todas)',
    ],
  },
  {
    id: 'enter-email',
    patterns: [
      '(tu|su|introduce tu|introduzca su|escribe tu|ingresa tu|ingrese su) (correo electronico|correo|email|e mail|direccion de correo|direccion de email)$',
      '^(introduce|introduzca|escribe|ingresa|ingrese) (tu|su) (correo|email|e mail|direccion)',
      '(correo|email|direccion) (no valido|no valida|invalido|invalida|obligatorio)$',
      '^(correo electronico|email|e mail)$',
    ],
  },
  {
    id: 'after-signup',
    patterns: [
      '(gracias|muchas gracias) por (suscribirte|suscribirse|registrarte|registrarse|tu suscripcion|su suscripcion)',
      '(puedes|puede|podras) (darte|darse|cancelar|anular) [de baja ][la suscripcion ](en cualquier momento|cuando quieras)',
      'darte de baja (en cualquier momento|cuando quieras)',
      '(al suscribirte|al registrarte|al hacer clic|al suscribirse) * (aceptas|acepta|aceptás)',
      '(confirma|confirme) (tu|su) (suscripcion|correo|direccion)',
    ],
  },
  {
    id: 'subscribe-here',
    patterns: [
      '(suscribirse|suscribete|suscribase|suscribirte) [aqui] a (nuestra|nuestro|la) (newsletter|boletin)',
    ],
  },
]);
