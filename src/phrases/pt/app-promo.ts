import { definePhrases } from '../define.js';

export default definePhrases('pt', 'app-promo', [
  {
    id: 'download-app',
    patterns: [
      '(baixe|baixar|descarregue|descarregar|instale|instalar|experimente) (o|o nosso|nosso|a|a nossa|gratis o|gratuitamente a) * (app|aplicativo|aplicacao)',
      '^(baixe|descarregue|instale) (o app|o aplicativo|a aplicacao|a app|nosso app|nosso aplicativo)',
      '(leia|acompanhe|receba) * (no|na|pelo|pela) [nosso |nossa ](app|aplicativo|aplicacao)',
      '(app|aplicativo|aplicacao) (disponivel|gratuito|gratuita|gratis) (na|no|para) (app store|google play|android|ios|iphone)',
    ],
  },
  {
    id: 'app-stores',
    patterns: [
      '(disponivel|baixe|descarregue|baixar) (na|no|pela|pelo|da|do) (app store|google play|play store)',
      '(app store|apple store) (e|ou) [no |na ](google play|play store)',
      '(google play|play store) (e|ou) [na |a ](app store|apple store)',
      '^(app store|google play|play store) (google play|app store|play store)$',
    ],
  },
  {
    id: 'in-app',
    patterns: [
      '(ative|ativar|active|ativa|receba|receber) [as ](notificacoes|alertas) (push|de ultima hora|no celular|no telemovel|do app)',
      '(notificacoes|alertas) [push ](no|na) [nosso |nossa ](app|aplicativo|aplicacao)',
    ],
  },
]);
