import { definePhrases } from '../define.js';

export default definePhrases('es', 'attribution', [
  // "Fuentes del ministerio aseguraron ..." opens news sentences, so the plural label is narrowed.
  {
    id: 'source-label',
    patterns: [
      '^fuente',
      '^fuentes$',
      '^fuentes (efe|europa press|ep|afp|ap|reuters|ansa|dpa|xinhua|notimex|telam|ips|agencias|ani|emol|ue|bloomberg|sputnik|anadolu|prensa latina|colpisa|servimedia|agencias|agencia)',
      '^fuentes * (y|con) agencias',
    ],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^(cortesia|por cortesia|gentileza|con autorizacion) (de|del)',
      '^(publicado|publicada) (originalmente|originariamente|inicialmente|primero) (en|por)',
      '^(este|el) (articulo|texto|reportaje) (fue publicado|se publico|aparecio) (originalmente|originariamente|primero) (en|por)',
    ],
  },
  {
    id: 'about-label',
    patterns: [
      '^(sobre|acerca de) (el|la|los|las) (autor|autora|autores|autoras)$',
      '^(el autor|la autora|los autores|sobre nosotros|acerca de nosotros|quienes somos)$',
      '^(sobre|acerca de) * (sa|sl|grupo|group|fundacion|instituto|asociacion)$',
    ],
  },
  {
    id: 'issuer-profile',
    patterns: [
      '^* es (un|una) (empresa|compania|proveedor|fabricante|grupo|multinacional) [lider] (global|internacional|mundial|lider|especializada|especializado|espanola|espanol) (en|de|del)',
      '^* tiene su sede (central|principal|social) en',
    ],
  },
]);
