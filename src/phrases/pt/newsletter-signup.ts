import { definePhrases } from '../define.js';

export default definePhrases('pt', 'newsletter-signup', [
  {
    id: 'sign-up-newsletter',
    patterns: [
      '(assine|inscreva se|subscreva|cadastre se|registe se|inscrever se|assinar|subscrever) (a|as|o|os|na|nas|no|nos) [nossa|nossas|nosso|nossos] * (newsletter|newsletters|boletim|boletins|alertas)',
      '(receba|receber|recebe) (a|as|o|os|a nossa|as nossas|gratis a|todos os dias a) * (newsletter|newsletters|boletim|noticias|resumo|alertas)',
      '^(newsletter|boletim) (gratis|gratuita|gratuito|diaria|diario|semanal)',
      '^(inscrever|inscreva se|quero receber|cadastrar|assinar|subscrever)$',
    ],
  },
  {
    id: 'newsletter-label',
    patterns: [
      '^(newsletter|newsletters|boletim|a newsletter|nossa newsletter|a nossa newsletter)$',
      '^(a|as|nossa|nossas|a nossa) * newsletter$',
      '(direto|diretamente|toda manha|todas as manhas|todos os dias|toda semana|gratis) (no seu|na sua|no teu|na tua) (e mail|email|caixa de entrada|correio)',
      '(no seu|na sua) (e mail|email|caixa de entrada) (toda|todo|todos|todas)',
    ],
  },
  {
    id: 'enter-email',
    patterns: [
      '(seu|o seu|digite seu|insira o seu|introduza o seu|informe seu) (e mail|email|endereco de e mail|endereco de email|correio eletronico)$',
      '^(digite|insira|introduza|informe|escreva) [o ](seu|teu) (e mail|email|endereco)',
      '(e mail|email|endereco) (invalido|obrigatorio)$',
      '^(e mail|email|endereco de e mail)$',
    ],
  },
  {
    id: 'after-signup',
    patterns: [
      '(obrigado|obrigada) (por se inscrever|por se cadastrar|pela sua inscricao|por subscrever|por assinar)',
      '(voce pode|pode) (cancelar|cancelar a inscricao|anular a subscricao|descadastrar se) (a qualquer momento|quando quiser)',
      'cancelar (a inscricao|a subscricao) a qualquer momento',
      '(ao se inscrever|ao subscrever|ao clicar|ao se cadastrar) * (voce concorda|concorda|aceita)',
      '(confirme|confirmar) (seu|o seu|sua|a sua) (inscricao|e mail|subscricao)',
    ],
  },
]);
