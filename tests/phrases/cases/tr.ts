import type { LanguageCases } from './types.js';

export const tr: LanguageCases = {
  lang: 'tr',
  positives: {
    attribution: ['Kaynak', 'Kaynak: AA', 'Kaynak: Anadolu Ajansı', 'Haber Kaynağı', 'Yazar hakkında', 'Bu haber ilk olarak Cumhuriyet gazetesinde yayımlandı'],
    'syndication-credit': [
      '(AA)',
      'AA',
      '(İHA)',
      'DHA',
      'Anadolu Ajansı',
      'Kaynak - AA',
      'AA / Reuters',
      'Bu haber ajanslardan derlenmiştir.',
      'Tüm hakları saklıdır.',
      'Tum haklari saklidir',
      'Her hakkı saklıdır.',
      'Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmıştır.',
      'Bu içerik otomatik olarak yayınlanmıştır.',
      'Haberler kaynak gösterilmeden kullanılamaz.',
      'İçerikler izinsiz kullanılamaz.',
    ],
  },
  negatives: [
    'Kaynak sularında yapılan ölçümlerde kirlilik tespit edilmedi.',
    'Kaynaklar, bakanın istifa edeceğini öne sürdü.',
    'Kaynak gösterilmeden yapılan açıklamada bakanlık rakamları doğruladı.',
    'AA muhabirine konuşan bakan açıklama yaptı.',
    'Veriler sisteme otomatik olarak eklenmiştir.',
    'Ajans, fırtına sırasında bağlantının kesildiğini bildirdi.',
    'Tüm haklarını kullanacağını söyleyen vatandaş mahkemeye başvurdu.',
  ],
};
