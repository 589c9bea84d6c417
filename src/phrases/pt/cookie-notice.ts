import { definePhrases } from '../define.js';

export default definePhrases('pt', 'cookie-notice', [
  {
    id: 'we-use-cookies',
    patterns: [
      '(este site|este sitio|esta pagina|o site|nosso site|utilizamos|usamos|nos e os nossos parceiros) [utiliza|usa|utilizamos|usamos] (cookies|os cookies)',
      '(utilizamos|usamos|utiliza|usa) [os ]cookies (para|e|de terceiros|proprios|essenciais)',
      '(ao continuar|ao navegar|ao clicar|continuando|se continuar) * (voce concorda|concorda|aceita|consente) [com ](o uso|a utilizacao|a politica) [de |dos ][cookies]',
      '(uso|utilizacao) (de|dos) cookies',
      'politica de cookies',
    ],
  },
  {
    id: 'cookie-buttons',
    patterns: [
      '(aceitar|rejeitar|recusar|gerenciar|gerir|personalizar|configurar) [todos ][os ]cookies',
      '^(aceitar|aceitar tudo|aceitar todos|rejeitar|rejeitar tudo|rejeitar todos|recusar|aceito|concordo|personalizar|configuracoes|definicoes|aceitar e fechar|continuar sem aceitar|mais opcoes|gerir opcoes|entendi|ok entendi)$',
      '(configuracoes|definicoes|preferencias|aviso|politica) de (cookies|privacidade)$',
    ],
  },
  {
    id: 'consent-framework',
    patterns: [
      '(nos e os nossos|e os nossos|nos e nossos) [# ](parceiros|fornecedores) (armazenamos|utilizamos|acedemos|acessamos|tratamos)',
      '(armazenar|armazenamos) (e ou|e) (aceder|acessar|acedemos|acessamos) a (informacoes|dados) (num|em um|no seu|no) (dispositivo|terminal)',
      'anuncios e conteudos personalizados',
      'medicao de (anuncios|publicidade) e [de ]conteudo',
    ],
  },
]);
