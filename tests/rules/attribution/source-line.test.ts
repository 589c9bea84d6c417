import rule from '../../../src/rules/attribution/source-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: ['Sources said the minister would resign before the end of the week.'] },
    { doc: ['The source of the leak has not been identified, police said.'] },
    { doc: ['Source: the minister told reporters that the talks would resume once both sides had agreed on an agenda for the meeting.'] },
    { doc: ['Note: this article was updated.'] },
    // Sentences about a source, and labels that are not a source's, in scripts without Latin letters.
    { doc: ['स्रोत के अनुसार मंत्री जल्द इस्तीफा देंगे।'], lang: 'hi' },
    { doc: ['المصدر الرئيسي للدخل هو النفط: أكثر من نصف الإيرادات.'], lang: 'ar' },
    { doc: ['来源于官方的数据显示，经济增长放缓。'], lang: 'zh' },
    { doc: ['记者：张三'], lang: 'zh' },
    { doc: ['出典の確認が必要だと担当者は述べた。'], lang: 'ja' },
  ],
  invalid: [
    { doc: ['Source: TRTWorld and agencies'], source: 'TRTWorld and agencies' },
    { doc: ['Quelle: dpa, AFP'], source: 'dpa, AFP', lang: 'de' },
    { doc: ['Fuente: Europa Press.'], source: 'Europa Press', lang: 'es' },
    { doc: ['Source : Agence France-Presse'], source: 'Agence France-Presse', lang: 'fr' },
    { doc: ['स्रोत: पीटीआई'], source: 'पीटीआई', lang: 'hi' },
    { doc: ['المصدر: وكالات'], source: 'وكالات', lang: 'ar' },
    { doc: ['المصـــدر : رويترز'], source: 'رويترز', lang: 'ar' },
    { doc: ['来源：新华社'], source: '新华社', lang: 'zh' },
    { doc: ['（文章來源：中央社）'], source: '中央社', lang: 'zh' },
    { doc: ['出典：共同通信'], source: '共同通信', lang: 'ja' },
    { doc: ['出所：時事通信'], source: '時事通信', lang: 'ja' },
    { doc: ['출처: 연합뉴스'], source: '연합뉴스', lang: 'ko' },
  ],
});
