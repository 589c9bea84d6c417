import { definePhrases } from '../define.js';

export default definePhrases('es', 'comment-counter', [
  {
    id: 'count',
    patterns: [
      '^# (comentario|comentarios|respuesta|respuestas|reaccion|reacciones|opiniones)$',
      '^(comentarios|comentario|respuestas|reacciones|opiniones) #$',
      '^(no hay|sin|0|ningun|ningún) (comentarios|comentario) [todavia|aun|aún]$',
      '^(ver|mostrar|leer|ocultar|cargar|ver los|ver todos los|mostrar los) [#] (comentarios|comentario|respuestas)',
    ],
  },
  {
    id: 'label',
    patterns: [
      '^(comentarios|comentario|comentar|comenta|opina|opiniones|tu opinion|deja tu opinion|debate)$',
      '[los ]comentarios (estan|han sido) (cerrados|deshabilitados|desactivados|moderados)',
      '(comentarios|comentario) (cerrados|desactivados)$',
    ],
  },
  {
    id: 'leave-comment',
    patterns: [
      '^(deja|dejar|escribe|escribir|publica|publicar|anade|añade|deje|escriba) (un|tu|su) (comentario|opinion|respuesta)',
      '(inicia sesion|inicie sesion|registrate|registrese|identificate|conectate|suscribete) (para|y) (comentar|dejar un comentario|participar|opinar)',
      '(debes|debe|tienes que|tiene que) (estar registrado|iniciar sesion|estar conectado|ser suscriptor) para (comentar|publicar|opinar)',
    ],
  },
  {
    id: 'be-first',
    patterns: [
      '(se|sea) el primero en (comentar|opinar|dejar un comentario|responder)',
      '(todavia|aun|aún) no hay comentarios',
      'no hay comentarios (todavia|aun|aún)',
    ],
  },
  {
    id: 'join-conversation',
    patterns: [
      '^(unete|unase|participa|participe|sumate|entra) (a|en) [la ](conversacion|debate|discusion)',
      '(que opinas|que piensas|que opina|y tu que opinas|que te parece) * (comentarios|comentario|abajo)$',
      '(dejanos|dejenos|danos|cuentanos) (tu|su) (opinion|comentario) (en los comentarios|abajo|en comentarios)',
    ],
  },
  {
    id: 'moderation-note',
    patterns: [
      '[los]comentarios (son|seran|estan) moderados',
      '(no seran|seran) (aprobados|publicados) por (el|los) (moderador|moderadores)',
    ],
  },
]);
