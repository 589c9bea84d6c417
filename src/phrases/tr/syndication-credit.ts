import { definePhrases } from '../define.js';

// Wire agencies a Turkish page names; "ı" keeps its own letter in the normal form, so the names
// are also given as typed without Turkish letters.
const AGENCY =
  '(aa|anadolu ajansı|anadolu ajansi|dha|demirören haber ajansı|demirören haber ajansi|iha|ihlas haber ajansı|ihlas haber ajansi|anka|anka haber ajansı|anka haber ajansi|sputnik|reuters|afp|ap|dpa|efe|xinhua|bloomberg)';
const AGENCIES = '(ajanslar|ajanslardan|ajans haberlerinden|haber ajanslarından|haber ajanslarindan|ajans kaynaklarından|ajans kaynaklarindan)';

export default definePhrases('tr', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      `^(kaynak|haber) ${AGENCY}$`,
      `${AGENCIES} (derlenmiştir|derlenmistir|derlendi|derlenerek hazırlanmıştır|alınmıştır|alinmistir)`,
      `^(bu haber|haber) ${AGENCY} (tarafından|tarafindan) (geçilmiştir|gecilmistir|hazırlanmıştır|hazirlanmistir)`,
    ],
  },
  {
    id: 'agency-tag',
    patterns: [`^${AGENCY}$`, `^${AGENCY} ${AGENCY}$`, '^(ajanslar|haber ajansları|haber ajanslari)$'],
  },
  // Anadolu's subscription feed note, and pages that publish a wire story untouched.
  {
    id: 'auto-generated',
    patterns: [
      '(haber akış sistemi|haber akis sistemi)',
      'özetlenerek (yayımlanmıştır|yayınlanmıştır|yayimlanmistir|yayinlanmistir)',
      '(bu haber|bu içerik|bu yazı|bu yazi) * otomatik olarak (yayımlanmıştır|yayınlanmıştır|yayimlanmistir|yayinlanmistir|eklenmiştir|eklenmistir|alınmıştır|alinmistir)',
      '(editoryal|editör|editor) (müdahale|mudahale) (edilmeden|yapılmadan|yapilmadan|olmadan)',
      '(editörlerimiz|editorlerimiz|editörler|editorler) tarafından (düzenlenmemiştir|duzenlenmemistir|değiştirilmemiştir|degistirilmemistir)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      '(tüm|bütün) (hakları|haklari) (saklıdır|saklidir)',
      '(her hakkı|her hakki) (saklıdır|saklidir)',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      `^# ${AGENCY}$`,
      `^(c|copyright) ${AGENCY}`,
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      'izinsiz (kullanılamaz|kullanilamaz|yayınlanamaz|yayinlanamaz|yayımlanamaz|kopyalanamaz|çoğaltılamaz|cogaltilamaz|alıntı yapılamaz)',
      '(kaynak gösterilmeden|kaynak gosterilmeden|izin alınmadan|izin alinmadan) * (kullanılamaz|kullanilamaz|yayınlanamaz|yayinlanamaz|yayımlanamaz|kopyalanamaz|çoğaltılamaz|cogaltilamaz)',
      '(yazılı izin|yazili izin) (alınmadan|alinmadan|olmaksızın|olmaksizin)',
    ],
  },
]);
