import { definePhrases } from '../define.js';

export default definePhrases('fr', 'app-promo', [
  {
    id: 'download-app',
    patterns: [
      '(telechargez|telecharger|telecharge|installez|installer|decouvrez|essayez) (notre|l|la nouvelle|gratuitement l|gratuitement notre) * (application|appli|app)',
      '^(telechargez|telecharger|installez|installer) (l application|l appli|l app|notre application|notre appli)',
      '(retrouvez|lisez|suivez) * (sur|dans) (notre|l) (application|appli) [mobile|gratuite]',
      '(application|appli) [mobile ](disponible|gratuite) (sur|dans) (l app store|app store|google play|le play store|android|ios)',
    ],
  },
  {
    id: 'app-stores',
    patterns: [
      '(disponible|telechargez la|telechargez le|telecharger) (sur|dans|depuis) [l ](app store|apple store|google play|play store)',
      '(app store|apple store) (et|ou) [sur ](google play|play store|android)',
      '(google play|play store) (et|ou) [l ](app store|apple store)',
      '^(app store|google play|play store) (google play|app store|play store)$',
    ],
  },
  {
    id: 'in-app',
    patterns: [
      '(activez|activer|recevez|recevoir) [les ](notifications|alertes) (push|de l application|sur votre mobile|de notre application)',
      '(alertes|notifications) [push ](sur|dans) (notre|l) (application|appli)',
    ],
  },
]);
