import { copyrightPatterns } from '../copyright-patterns.js';
import { definePhrases } from '../define.js';

// Wire agencies a Turkish page names; "ı" keeps its own letter in the normal form, so the names
// are also given as typed without Turkish letters.
const AGENCY =
  '(aa|anadolu ajansı|anadolu ajansi|dha|demirören haber ajansı|demirören haber ajansi|iha|ihlas haber ajansı|ihlas haber ajansi|anka|anka haber ajansı|anka haber ajansi|sputnik|reuters|afp|ap|dpa|efe|xinhua|bloomberg)';
// An agency line alone: not "Anka" (a name, and the phoenix) nor "Ajanslar" (a heading or a list item).
const BARE_AGENCY =
  '(aa|anadolu ajansı|anadolu ajansi|dha|demirören haber ajansı|demirören haber ajansi|iha|ihlas haber ajansı|ihlas haber ajansi|anka haber ajansı|anka haber ajansi|sputnik|reuters|afp|ap|dpa|efe|xinhua|bloomberg)';
const AGENCIES = '(ajanslar|ajanslardan|ajans haberlerinden|haber ajanslarından|haber ajanslarindan|ajans kaynaklarından|ajans kaynaklarindan)';

// The site's own content, which opens a reuse notice.
const CONTENT =
  '(haber|haberler|haberin|haberlerin|haberimiz|haberlerimiz|içerik|içerikler|içeriğin|içeriklerin|icerik|icerikler|iceriklerin|yazı|yazılar|yazi|yazilar|fotoğraf|fotoğraflar|sitemizdeki|sitedeki|bu sitedeki|sitemizde|bu haber|bu içerik|bu icerik)';
// A notice is the line itself, or follows a year (the "©" is dropped from the normal form): "Tüm
// hakları saklıdır yazısı tartışma yarattı" and "... eserlerin tüm hakları saklıdır ve ..." are prose.
const RIGHTS = '(tüm hakları|tüm haklari|tum haklari|bütün hakları|bütün haklari|butun haklari|her hakkı|her hakki) (saklıdır|saklidir)';

export default definePhrases('tr', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      `^(kaynak|haber) ${AGENCY}$`,
      `^* ${AGENCIES} (derlenmiştir|derlenmistir|derlendi|derlenerek hazırlanmıştır|alınmıştır|alinmistir)$`,
      `^(bu haber|haber) ${AGENCY} (tarafından|tarafindan) (geçilmiştir|gecilmistir|hazırlanmıştır|hazirlanmistir)`,
    ],
  },
  {
    id: 'agency-tag',
    patterns: [`^${BARE_AGENCY}$`, `^${AGENCY} ${AGENCY}$`],
  },
  // A picture credit naming an agency: "Fotoğraf: AA".
  {
    id: 'picture-credit-label',
    patterns: [`^(fotoğraf|fotograf|foto) * ${AGENCY}$`],
  },
  // Anadolu's subscription feed note, and pages that publish a wire story untouched. "Ajans, haber akış
  // sistemi ile ..." and "Editör müdahale olmadan yayın yaptı" are sentences: the feed is named with
  // its subscribers or a publishing verb, and the note opens the line.
  {
    id: 'auto-generated',
    patterns: [
      '(haber akış sistemi|haber akis sistemi) [has] * (abonelere|abonelerine|aboneleri)',
      '(haber akış sistemi|haber akis sistemi) [has] * (servis edilmiştir|servis edilmistir|yayımlanmıştır|yayınlanmıştır|yayimlanmistir|yayinlanmistir|sunulmuştur|sunulmustur)',
      '(abonelere|abonelerine) sunulan haberler * özetlenerek (yayımlanmıştır|yayınlanmıştır|yayimlanmistir|yayinlanmistir|yayımlanmaktadır|yayınlanmaktadır|yayimlanmaktadir|yayinlanmaktadir)',
      '^(bu haber|bu içerik|bu yazı|bu yazi) * otomatik olarak (yayımlanmıştır|yayınlanmıştır|yayimlanmistir|yayinlanmistir|eklenmiştir|eklenmistir|alınmıştır|alinmistir)',
      '^(bu haber|bu içerik|bu yazı|bu yazi|haber|içerik|icerik) * (editoryal|editör|editor) (müdahale|mudahale) (edilmeden|yapılmadan|yapilmadan|olmadan) (yayımlanmıştır|yayınlanmıştır|yayimlanmistir|yayinlanmistir|eklenmiştir|eklenmistir|alınmıştır|alinmistir)',
      '(editörlerimiz|editorlerimiz|editörler|editorler) tarafından (düzenlenmemiştir|duzenlenmemistir|değiştirilmemiştir|degistirilmemistir)',
    ],
  },
  {
    id: 'copyright',
    patterns: copyrightPatterns(RIGHTS, AGENCY, `^[haberin|haberlerin|içeriğin|iceriğin] ${RIGHTS}$`),
  },
  // Reuse terms of the site. "Hazine arazisi izinsiz kullanılamaz, dedi Bakan" and "Yazılı izin
  // olmaksızın miting düzenlenemez" report a rule: the notice names the site's own content first.
  {
    id: 'reprint-notice',
    patterns: [
      `^${CONTENT} * (izinsiz|kaynak gösterilmeden|kaynak gosterilmeden|izin alınmadan|izin alinmadan|yazılı izin alınmadan|yazili izin alinmadan) * (kullanılamaz|kullanilamaz|yayınlanamaz|yayinlanamaz|yayımlanamaz|kopyalanamaz|çoğaltılamaz|cogaltilamaz|alıntı yapılamaz)`,
      `^${CONTENT} * (yazılı izin|yazili izin) (alınmadan|alinmadan|olmaksızın|olmaksizin)`,
      '^(bu haberin|haberin|bu haberlerin|haberlerin) (tüm|bütün|tum|butun) (yayın hakları|yayin haklari)',
    ],
  },
]);
