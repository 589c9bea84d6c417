import { definePhrases } from '../define.js';

export default definePhrases('pt', 'paywall', [
  {
    id: 'subscribe-to-continue',
    patterns: [
      '(assine|assina|subscreva|inscreva se|faca login|entre|inicie sessao) (para|e) (continuar lendo|continuar a ler|ler|acessar|aceder|desbloquear|seguir lendo)',
      'para (continuar lendo|continuar a ler|ler a materia completa|ler o artigo completo|ler o resto|acessar este conteudo|aceder a este conteudo)',
      '(continue|continua) (lendo|a ler) (com|por) ',
      '(desbloqueie|desbloquear) (este|o) (artigo|conteudo|texto)',
      '(acesso|aceda|acesse) (ilimitado|sem limites) (a|ao|aos|a todos)',
    ],
  },
  {
    id: 'subscribers-only',
    patterns: [
      '(exclusivo|exclusiva|exclusivos|apenas|somente|reservado|reservada|disponivel) (para|a|aos) (assinantes|subscritores|membros|socios|assinantes premium)',
      '(este|o|esta|a) (artigo|conteudo|materia|reportagem|texto) e (exclusivo|exclusiva|reservado|reservada|apenas) (para|a|aos) ',
      '^(exclusivo para assinantes|exclusivo assinantes|assinantes|premium|exclusivo|conteudo exclusivo|apenas para assinantes|so para assinantes)$',
      '(conteudo|materia|artigo) (exclusivo|exclusiva|premium) (para|de) (assinantes|subscritores)',
    ],
  },
  {
    id: 'article-limit',
    patterns: [
      '(voce|você) (atingiu|chegou ao|esgotou|leu) * (limite|materias gratuitas|artigos gratuitos)',
      '# (materias|artigos|noticias) (gratuitas|gratuitos|gratis) (restantes|disponiveis|por mes|este mes)',
      '(restam|resta|tem) # (materias|artigos|materia|artigo) (gratuitas|gratuitos|gratuita|gratuito|gratis)',
      '(ultima|ultimo) (materia|artigo|noticia) (gratuita|gratuito|gratis)',
      'atingiu o limite de (artigos|materias|noticias)',
    ],
  },
  {
    id: 'already-subscriber',
    patterns: [
      '(ja e|ja sou|você ja e|voce ja e) (assinante|subscritor|membro|cliente|registado|cadastrado)',
      '(ja tem|ja possui) [uma ](conta|assinatura|subscricao)',
      '(ainda nao e|nao e) (assinante|subscritor)',
      '^(entrar|login|iniciar sessao|fazer login)$',
    ],
  },
  {
    id: 'subscribe-offer',
    patterns: [
      '^(assine|assine ja|assine agora|assinar|subscrever|subscreva|subscreva ja|ver planos|conheca os planos)$',
      '(cancele|cancela|cancelamento) (quando quiser|a qualquer momento)',
      '(sem fidelidade|sem fidelizacao|sem compromisso)',
      '[o ]primeiro mes (gratis|gratuito|por #|a #)',
      '# (reais|real|euros|euro) (por|ao) mes (no primeiro|nos primeiros|durante)',
    ],
  },
]);
