import { definePhrases } from '../define.js';

export default definePhrases('es', 'feedback-widget', [
  {
    id: 'was-helpful',
    patterns: [
      '(te|le) (ha|resulto|resultó|ha resultado) [sido ](util|utiles|interesante) (este|esta|la|el) (articulo|noticia|contenido|informacion|nota)',
      '(este|esta|el|la) (articulo|noticia|contenido|informacion|nota|pagina) (te|le) (ha|resulto|ha resultado) [sido ](util|interesante)',
      '(fue|es|ha sido) (util|utiles|de utilidad) (este|esta|el|la) (articulo|noticia|contenido|informacion)',
      '^(es|fue) (util|de utilidad)',
      '^(util|no util|si no)$',
      '(gracias|muchas gracias) por (tu|su) (opinion|valoracion|voto|comentario|respuesta)',
    ],
  },
  {
    id: 'rate-article',
    patterns: [
      '^(valora|valore|valorar|puntua|puntue|califica|califique) (este|esta|el|la) (articulo|noticia|nota|contenido)',
      '(que|como) (valoras|valora|calificas|califica) (este|esta|el|la) (articulo|noticia|contenido)',
    ],
  },
  {
    id: 'report-error',
    patterns: [
      '^(reportar|reporta|reporte|informar de|notificar|notifica|comunicar|avisar de) (un|una) (error|errata|problema|fallo)',
      '(has|ha|haz) (visto|detectado|encontrado|notado) (un|una|algun|alguna) (error|errata|fallo) * (avisanos|avisenos|escribenos|escribanos|reportalo|comunicanoslo|notificalo|contactanos)',
      '(encontraste|detectaste|viste) (un|una|algun|alguna) (error|errata)',
      '(error|errata) en (esta|este|la) (noticia|articulo|nota) (avisanos|reportalo|escribenos)',
    ],
  },
  {
    id: 'send-feedback',
    patterns: [
      '^(envia|envie|enviar|danos|deja|dejanos) (tu|su|un) (opinion|comentario a la redaccion|sugerencia|feedback)',
      '^(contacta|contacte|contactar|escribe|escribir|escriba) (con|a) (la redaccion|nosotros)$',
      '(tienes|tiene) [una ](noticia|informacion|denuncia|historia|pista) * (escribenos|contactanos|envianos|escribe a|redaccion)',
    ],
  },
]);
