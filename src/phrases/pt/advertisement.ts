import { definePhrases } from '../define.js';

export default definePhrases('pt', 'advertisement', [
  // Only as the whole block: "a publicidade de apostas" is news.
  {
    id: 'ad-label',
    patterns: [
      '^(publicidade|anuncio|anuncios|patrocinado|patrocinada|conteudo patrocinado|conteudo de marca|publieditorial|informe publicitario|conteudo pago|promocao|branded content|estudio|parceria)$',
      '^(patrocinado|patrocinada|oferecido|apresentado) por',
      '^(em parceria|conteudo em parceria) com ',
      '^publicidade (continua|continue|a materia)',
    ],
  },
  {
    id: 'continue-below',
    patterns: [
      '(a materia|o artigo|o texto|a noticia|a reportagem|a leitura) (continua|segue) (abaixo|apos|depois|a seguir) [da|do|a|o] (publicidade|anuncio)',
      '(continua|continue) [lendo |a ler ](apos|depois|abaixo) (da|do|a|o) (publicidade|anuncio)',
      '^(role|deslize) para (continuar|ler)',
    ],
  },
  {
    id: 'ad-blocker',
    patterns: [
      '(desative|desativar|desligue|desativa) (o seu|seu|o|o teu) (bloqueador|bloqueador de anuncios|bloqueador de publicidade|adblock|adblocker)',
      '(bloqueador de anuncios|bloqueador de publicidade|adblock|adblocker) (detectado|detetado|ativo|ativado)',
      '(esta|está) (usando|a usar) [um ](bloqueador|adblock)',
    ],
  },
]);
