import rule from '../../../src/rules/attribution/source-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: ['Sources said the minister would resign before the end of the week.'] },
    { doc: ['The source of the leak has not been identified, police said.'] },
    { doc: ['Source: the minister told reporters that the talks would resume once both sides had agreed on an agenda for the meeting.'] },
    { doc: ['Note: this article was updated.'] },
    // The label words open ordinary sentences in every language; with a colon, a sentence after it is no name.
    { doc: ['Источник: министр сказал журналистам, что переговоры возобновятся, как только стороны согласуют повестку встречи.'], lang: 'ru' },
    { doc: ['Источник в правительстве: решение будет принято до конца недели'], lang: 'ru' },
    { doc: ['Джерело в уряді: рішення ухвалять до кінця тижня'], lang: 'uk' },
    { doc: ['Kaynak suları: belediye ölçüm sonuçlarını açıkladı'], lang: 'tr' },
    { doc: ['Sumber di kepolisian: tersangka sudah ditahan sejak Senin'], lang: 'id' },
    { doc: ['Källan till läckan: polisen vet fortfarande inte'], lang: 'sv' },
    { doc: ['Zdroj blízký vyšetřování: podezřelý byl zadržen'], lang: 'cs' },
    { doc: ['Sursa citată: decizia va fi luată până vineri'], lang: 'ro' },
    // Headlines and leads in the "Source: …" form: the text after the label is a clause, not a name.
    { doc: ['Sources: the decision will be taken next week.'] },
    { doc: ['Источник: Минфин предложил повысить НДС до 22%', 'Министерство финансов внесло в правительство поправки к Налоговому кодексу.'], at: 0, lang: 'ru' },
    { doc: ['Kaynak: Bakanlık asgari ücret için yeni formül üzerinde çalışıyor', 'Bakanlık yeni formülü önümüzdeki ay açıklayacak.'], at: 0, lang: 'tr' },
    { doc: ['Sursa: Guvernul pregătește majorarea TVA de la 1 ianuarie', 'Guvernul a anunțat noi măsuri fiscale.'], at: 0, lang: 'ro' },
    { doc: ['Министерство финансов внесло поправки.', 'Источники: решение будет принято на следующей неделе.'], lang: 'ru' },
    { doc: ['Министерство финансов внесло поправки.', 'Источник: в Кремле обсуждают отставку министра'], lang: 'ru' },
    { doc: ['Министерство финансов внесло поправки.', 'Источник: «Спорт-Экспресс» сообщает, что тренер продлит контракт.'], lang: 'ru' },
    { doc: ['Министерство финансов внесло поправки.', 'Источник: Да, такие переговоры идут.'], lang: 'ru' },
    { doc: ['Міністерство фінансів внесло поправки.', 'Джерело: рішення ухвалять наступного тижня.'], lang: 'uk' },
    { doc: ['Polisi menangkap dua orang.', 'Sumber: polisi masih memburu dua pelaku lain.'], lang: 'id' },
    { doc: ['Polisen grep två personer.', 'Källa: regeringen väntas fatta beslut nästa vecka.'], lang: 'sv' },
    { doc: ['Policie zadržela dva lidi.', 'Zdroj: vláda rozhodne příští týden.'], lang: 'cs' },
  ],
  invalid: [
    { doc: ['Source: TRTWorld and agencies'], source: 'TRTWorld and agencies' },
    { doc: ['Quelle: dpa, AFP'], source: 'dpa, AFP', lang: 'de' },
    { doc: ['Fuente: Europa Press.'], source: 'Europa Press', lang: 'es' },
    { doc: ['Source : Agence France-Presse'], source: 'Agence France-Presse', lang: 'fr' },
    { doc: ['Источник: ТАСС'], source: 'ТАСС', lang: 'ru' },
    { doc: ['Источник: РИА Новости'], source: 'РИА Новости', lang: 'ru' },
    { doc: ['Джерело: Укрінформ'], source: 'Укрінформ', lang: 'uk' },
    { doc: ['Kaynak: AA'], source: 'AA', lang: 'tr' },
    { doc: ['Haber Kaynağı: DHA'], source: 'DHA', lang: 'tr' },
    { doc: ['Sumber: Antara'], source: 'Antara', lang: 'id' },
    { doc: ['Sumber: Bernama'], source: 'Bernama', lang: 'ms' },
    { doc: ['Källa: TT'], source: 'TT', lang: 'sv' },
    { doc: ['Zdroj: ČTK'], source: 'ČTK', lang: 'cs' },
    { doc: ['Sursa: Agerpres'], source: 'Agerpres', lang: 'ro' },
    // Lists of names stay sources, whatever their length or final full stop.
    { doc: ['The talks ended without a deal.', 'Source: AFP, Reuters and agencies.'], source: 'AFP, Reuters and agencies' },
    { doc: ['The talks ended without a deal.', 'Source: The Associated Press, Reuters'], source: 'The Associated Press, Reuters' },
  ],
});
