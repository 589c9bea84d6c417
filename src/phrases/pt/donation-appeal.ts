import { definePhrases } from '../define.js';

export default definePhrases('pt', 'donation-appeal', [
  {
    id: 'non-profit',
    patterns: [
      '(somos|e) (um|uma) (jornal|veiculo|site|organizacao|associacao|projeto|meio|midia|media|redacao) (independente|sem fins lucrativos|sem publicidade|livre)',
      '(jornalismo|informacao) (independente|livre) (precisa|depende|vive) (de voce|de si|do seu apoio|dos leitores|dos seus leitores|de voces)',
      '(financiado|financiada|sustentado|sustentada|mantido|mantida) (pelos|pelas|por) [nossos |nossas |seus |suas ](leitores|leitoras|assinantes|apoiadores|doacoes)',
    ],
  },
  {
    id: 'help-us',
    patterns: [
      '(ajude nos|ajuda nos|nos ajude) (a|com)',
      '(apoie|apoia|apoiar|apoiem) (o nosso|o|nosso|a nossa|um) (jornalismo|trabalho|jornal|redacao|jornalismo independente|projeto)',
      '^(apoie|apoie nos|apoia nos|apoie o jornalismo|apoie nosso jornalismo|contribua|colabore)$',
      '^(apoie nos|apoia nos|apoie o|apoie a|contribua com)',
      '(precisamos|nos precisamos) (de voce|do seu apoio|da sua ajuda|de si|do vosso apoio|da sua contribuicao)',
      'sem (o seu|o teu|o vosso) (apoio|contributo|ajuda) (nao conseguiriamos|nao seria possivel|nao podemos)',
    ],
  },
  {
    id: 'donate',
    patterns: [
      '^(doe|doar|doe agora|faca uma doacao|fazer uma doacao|faca um donativo|contribua agora|quero contribuir|quero doar)$',
      '(faca|faz|fazer|faça) (uma|um|a sua) (doacao|donativo|contribuicao)',
      '(cada|sua|qualquer|toda) (doacao|contribuicao|donativo|ajuda) (conta|ajuda|importa|faz a diferenca)',
      '(doe|contribua|apoie) (via|por|pelo|com) (pix|paypal|apoia se|catarse|patreon|mb way)',
      '(contribuicao|doacao|assinatura) (mensal|unica) (a partir de|de)',
    ],
  },
  {
    id: 'become-member',
    patterns: [
      '^(seja|torne se|torna te|quero ser) (assinante|apoiador|apoiadora|socio|socia|membro|mecenas|colaborador)',
      '(seja|torne se|torna te) (assinante|apoiador|apoiadora|socio|membro) (do|da|e|agora|hoje)',
      '(junte se|faca parte|junta te) (a nossa comunidade|aos nossos apoiadores|da nossa comunidade|dos nossos apoiadores)',
    ],
  },
]);
