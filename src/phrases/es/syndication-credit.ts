import { definePhrases } from '../define.js';

export default definePhrases('es', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      '^con (informacion|informaciones|material|datos) (de|del) [las |la ](agencias|agencia|efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia)',
      '^(con|segun) (agencias|efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia)$',
      '^con (efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia) y (efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia|agencias)$',
      '^(redaccion|la redaccion|agencias) (con|y) (efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia|agencias)$',
      '^[por ](efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia) (redaccion|agencias)$',
    ],
  },
  {
    id: 'agency-tag',
    patterns: [
      '^(efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia)$',
      '^(efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia) (efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia)$',
      '^(por|desde) (agencias|la agencia)$',
      'agencia (efe|afp|ap|reuters|ansa|europa press)$',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(no ha sido|no fue|no ha sido editado ni) (editado|editada|modificado|revisado|redactado) por (la redaccion|nuestra redaccion|el equipo|nuestros periodistas)',
      '(generado|publicado|importado) automaticamente (a partir|desde) (de un|del) (feed|flujo|canal|servicio)',
      '(publicado|reproducido) (sin modificaciones|sin cambios|tal cual) (desde|a partir de|de) (un|el|una) (feed|flujo|teletipo|cable|agencia)',
      '(este|el) (contenido|texto|articulo|cable|teletipo) (procede|proviene|es) (de|del) (un|una|la) (agencia|servicio de noticias|feed|teletipo)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'todos los derechos reservados',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      '^# (efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia|agencia efe)$',
      '^(c|copyright) (efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia|agencia efe)',
      'derechos reservados',
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      '(queda|esta) (prohibida|totalmente prohibida|expresamente prohibida) [la ](reproduccion|redistribucion|difusion|copia|publicacion)',
      '(prohibida|se prohibe) [la ](reproduccion|redistribucion|copia|republicacion) (total o parcial|parcial o total|sin autorizacion|de este|de los contenidos)',
      '(reproduccion|redistribucion|republicacion) (total o parcial|parcial o total) (prohibida|sin|de)',
      'sin [la ](previa|expresa) autorizacion (escrita|por escrito|del editor|de)',
      '(republicado|reproducido|publicado) (con|bajo) (permiso|autorizacion|licencia creative commons|una licencia creative commons)',
    ],
  },
  {
    id: 'views-disclaimer',
    patterns: [
      'no [necesariamente] (refleja|reflejan) (la opinion|el punto de vista|la posicion|la linea editorial) (de este medio|del medio|del periodico|del diario|de la redaccion|de la publicacion|del sitio|de este sitio|de este portal)',
      '(es|son) [de] (responsabilidad exclusiva|exclusiva responsabilidad) de (su|sus) (autor|autores|autora)',
    ],
  },
  // How to cite the piece: a note on reuse, not the text itself.
  {
    id: 'cite-as',
    patterns: [
      '^como citar (este|esta) (articulo|documento|entrada|pagina|texto)',
      // The label alone: "Para citar este documento, el juez pidió …" is prose.
      '^para citar (este|esta) (articulo|documento|entrada|pagina|texto)$',
      '^(cita recomendada|citacion recomendada)',
    ],
  },
]);
