import type { LanguageCases } from './types.js';

export const pt: LanguageCases = {
  lang: 'pt',
  positives: {
    attribution: [
      'Sobre o autor','Fonte: Lusa', 'Fonte: Jornal da Serra e agências', 'Fontes: Lusa, Reuters', 'Publicado originalmente no Diário de Alcora'],
    'syndication-credit': ['Lusa', '(Lusa)', 'Com informações da Agência Brasil', 'Com agências', 'Estadão Conteúdo', 'Todos os direitos reservados.', 'É proibida a reprodução total ou parcial deste conteúdo sem autorização.', 'Este conteúdo não foi editado pela redação e é gerado automaticamente a partir de um feed.'],
    'donation-appeal': ['Apoie o nosso jornalismo', 'Faça uma doação', 'Doe agora', 'Somos um jornal independente e sem publicidade.', 'Ajude-nos a continuar a informar.', 'Seja assinante', 'Cada contribuição conta.', 'Precisamos do seu apoio.'],
    'comment-counter': [
      'Comentários ofensivos não serão aprovados pelo moderador.','Comentários', '0 comentários', '12 comentários', 'Comentários (3)', 'Deixe o seu comentário', 'Seja o primeiro a comentar', 'Ver comentários', 'Faça login para comentar', 'Os comentários estão fechados.', 'Ainda não há comentários'],
    'share-prompt': ['Compartilhar', 'Partilhar', 'Compartilhe no Facebook', 'Partilhar no WhatsApp', 'Compartilhe esta notícia com seus amigos', 'Copiar link', 'Facebook Twitter WhatsApp E-mail'],
    'newsletter-signup': ['Assine a nossa newsletter', 'Inscreva-se na nossa newsletter', 'Receba a newsletter diária', 'Seu e-mail', 'Digite seu e-mail', 'Você pode cancelar a inscrição a qualquer momento.', 'Obrigado por se inscrever!', 'Newsletter'],
    'follow-prompt': ['Siga-nos no Instagram', 'Siga-nos nas redes sociais', 'Siga-nos', 'Entre no nosso canal do WhatsApp', 'Acompanhe-nos no Facebook'],
    'related-links': ['Leia também', 'Leia também: Cheias em Alcora', 'Leia mais', 'Veja também', 'Notícias relacionadas', 'Mais lidas', 'Saiba mais', 'Você também pode gostar', 'Próximo artigo'],
    paywall: ['Exclusivo para assinantes', 'Este conteúdo é exclusivo para assinantes', 'Assine para continuar lendo', 'Já é assinante? Faça login', 'Você atingiu o limite de matérias gratuitas.', 'Cancele quando quiser.', 'Conteúdo exclusivo para assinantes', 'Para continuar a ler, assine.'],
    'app-promo': ['Baixe o nosso app', 'Baixe o aplicativo do Jornal da Serra', 'Disponível na App Store e no Google Play', 'Ative as notificações push', 'Descarregue a aplicação'],
    advertisement: ['Publicidade', 'PUBLICIDADE', 'Conteúdo patrocinado', 'Patrocinado por Banco da Serra', 'A matéria continua após a publicidade', 'Continua após a publicidade', 'Desative o seu bloqueador de anúncios'],
    'reading-meta': [
      'quarta-feira, 3 de março de 2021 às 10:15','Tempo de leitura: 3 min', '4 min de leitura', 'Leitura 5 min', 'Atualizado em 12/03/2024', 'Publicado em 12 de março de 2024', 'Há 2 horas', 'Imprimir', 'Ouvir notícia', 'Tamanho da letra'],
    tags: ['Tags: cheias, Alcora', 'Etiquetas: política', 'Temas', 'Categorias: Local', 'Tudo sobre a reforma da previdência', 'Assuntos relacionados'],
    'cookie-notice': ['Este site utiliza cookies', 'Utilizamos cookies para melhorar a sua experiência.', 'Aceitar todos os cookies', 'Aceitar', 'Rejeitar tudo', 'Política de cookies', 'Ao continuar a navegar, você concorda com o uso de cookies.'],
    'feedback-widget': ['Este artigo foi útil?', 'Reportar um erro', 'Achou esta notícia útil?', 'Viu um erro? Avise-nos.', 'Avalie este artigo', 'Obrigado pelo seu feedback'],
  },
  negatives: [
    'Os comentários do ministro foram criticados.',
    'As ações da empresa caíram 4 % na terça-feira.',
    'O ministro partilha a opinião da oposição sobre a reforma.',
    'Os comentários do governador provocaram duras críticas.',
    'O ministro recusou-se a comentar a notícia.',
    'Fontes do governo afirmaram que o acordo está próximo.',
    'Segundo fontes da investigação, o suspeito confessou.',
    'A fonte da fuga de informação não foi identificada.',
    'A associação vive de doações dos moradores.',
    'As doações à campanha ultrapassaram dois milhões de reais.',
    'A padaria vende biscoitos e bolos aos turistas.',
    'O processo antitruste sobre a App Store volta ao tribunal.',
    'Mais de 300 pessoas foram retiradas de casa pelas cheias.',
    'A publicidade de apostas será proibida na televisão.',
    'Os dados ficam guardados nos cookies do navegador, explicou o perito.',
    'Os assinantes do serviço de água receberão um reembolso.',
    'Com informações do governo, a polícia prendeu dois suspeitos na manhã de ontem e apreendeu documentos.',
  ],
};
