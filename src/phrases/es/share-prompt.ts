import { definePhrases } from '../define.js';

export default definePhrases('es', 'share-prompt', [
  {
    id: 'share-this',
    patterns: [
      '^(compartir|comparte|comparta|compartelo|compártelo)$',
      '^(compartir|comparte|comparta) (este|esta|el|la) (articulo|nota|noticia|video|pagina|publicacion)',
      '(comparte|compartir|comparta|envia|enviar|envie) (esta|este|la|el) (noticia|articulo|nota|video|publicacion) (con|a|en|por)',
      '^(compartir|comparte|comparta) (en|por|via|con) ',
      '^(enviar|envia|envie) (por|esta noticia por) (correo|email|e mail|mail)',
    ],
  },
  {
    id: 'if-you-liked',
    patterns: [
      '(si te gusto|si le gusto|si te ha gustado|si le ha gustado|te gusto) (esta|este|la|el) * (comparte|compartelo|compartela|compártelo|compártela|compartir)',
      '(comparte|compartelo|compartela|compártelo|compártela) con (tus|sus) (amigos|amigas|contactos|seres queridos)',
    ],
  },
  {
    id: 'share-on',
    patterns: [
      '(compartir|comparte|comparta|compartelo) (en|por|via|a traves de) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|correo|email|e mail|mail|messenger)',
      '^(twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|email|e mail|correo|imprimir|copiar enlace) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|email|e mail|correo|imprimir|copiar enlace) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|email|e mail|correo|imprimir|copiar enlace)',
      '(haz clic|pulsa|haga clic) [aqui ]para (compartir|enviar|imprimir)',
      'se abre en [una ](ventana|pestana) nueva',
      'se abre en [una ]nueva (ventana|pestana)',
    ],
  },
  { id: 'share-count', patterns: ['^# (compartidos|veces compartido|compartido)$', '^(compartidos|compartido) #$'] },
  {
    id: 'copy-link',
    patterns: [
      '^(copiar|copia|copie) [el ](enlace|link|url|vinculo)',
      '^(enlace copiado|link copiado|copiado al portapapeles)',
    ],
  },
]);
