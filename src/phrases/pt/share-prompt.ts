import { definePhrases } from '../define.js';

export default definePhrases('pt', 'share-prompt', [
  {
    id: 'share-this',
    patterns: [
      '^(compartilhar|compartilhe|partilhar|partilhe|compartilha)$',
      '^(compartilhar|compartilhe|partilhar|partilhe) (este|esta|o|a|essa|esse) (artigo|noticia|materia|reportagem|pagina|video|texto)',
      '(compartilhe|partilhe|envie|enviar|compartilhar) (esta|este|a|o|essa|esse) (noticia|artigo|materia|reportagem|video) (com|a|no|na|por|pelo)',
      '^(compartilhar|compartilhe|partilhar|partilhe) (no|na|via|por|pelo|com|em) ',
      '^(enviar|envie) (por|pelo) (e mail|email|correio)',
    ],
  },
  {
    id: 'if-you-liked',
    patterns: [
      '(se voce gostou|se gostou|gostou) (deste|desta|do|da|dessa|desse) * (compartilhe|partilhe|compartilhar)',
      '(compartilhe|partilhe) com (seus|os seus|suas|as suas) (amigos|amigas|contatos|contactos)',
    ],
  },
  {
    id: 'share-on',
    patterns: [
      '(compartilhar|compartilhe|partilhar|partilhe) (no|na|via|pelo|pela|por|em) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|kwai|e mail|email|messenger)',
      '^(twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|kwai|e mail|email|imprimir|copiar link) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|kwai|e mail|email|imprimir|copiar link) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|google noticias|kwai|e mail|email|imprimir|copiar link)',
      '(clique|carregue) [aqui ]para (compartilhar|partilhar|enviar|imprimir)',
      'abre (em|numa) [uma ]nova (janela|aba|guia)',
    ],
  },
  {
    id: 'share-count',
    patterns: [
      '^# (compartilhamentos|partilhas|compartilhamento)$',
      '^(compartilhamentos|partilhas) #$',
    ],
  },
  {
    id: 'copy-link',
    patterns: [
      '^(copiar|copie|copia) [o ](link|endereco|url|ligacao)',
      '^(link copiado|copiado para a area de transferencia)',
    ],
  },
]);
