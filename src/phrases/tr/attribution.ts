import { definePhrases } from '../define.js';

// Wire agencies a Turkish page names; "ı" keeps its own letter in the normal form, so the names
// are also given as typed without Turkish letters.
const AGENCY =
  '(aa|anadolu ajansı|anadolu ajansi|anadolu|dha|demirören haber ajansı|demirören haber ajansi|iha|ihlas haber ajansı|ihlas haber ajansi|anka|anka haber ajansı|anka haber ajansi|ans|sputnik|reuters|afp|ap|dpa|efe|xinhua|bloomberg|ajanslar|ajans|haber ajansları|haber ajanslari|haber merkezi)';

export default definePhrases('tr', 'attribution', [
  // "Kaynak sularında ..." and "Kaynaklar, bakanın ..." open sentences: the label counts only alone,
  // or as the whole line with an agency after it.
  {
    id: 'source-label',
    patterns: ['^kaynak$', '^kaynaklar$', '^(haber kaynağı|haber kaynagi)$', `^kaynak ${AGENCY}$`, `^(kaynak|kaynaklar) * (ve|ile) ${AGENCY}$`],
  },
  {
    id: 'credit-opener',
    patterns: ['^(bu haber|bu yazı|bu yazi|bu makale) (ilk olarak|ilk kez|ilk defa|ilk önce) * (yayımlandı|yayımlanmıştır|yayınlandı|yayınlanmıştır|yayimlandi|yayinlandi)'],
  },
  {
    id: 'about-label',
    patterns: ['^(yazar hakkında|yazar hakkinda|hakkımızda|hakkimizda)$'],
  },
]);
