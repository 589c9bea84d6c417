import { definePhrases } from '../define.js';

export default definePhrases('de', 'attribution', [
  // "Quellen zufolge ..." opens many news sentences, so the plural label counts only alone or before an agency.
  {
    id: 'source-label',
    patterns: [
      '^quelle',
      '^quellen$',
      '^quellen (dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|agenturen|nachrichtenagenturen)',
      '^quellen * (und|mit) agenturen',
    ],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^mit freundlicher genehmigung (von|der|des)',
      '^(zuerst|ursprunglich|erstmals) (erschienen|veroffentlicht) (in|bei|auf|im)',
      '^(dieser|der) (artikel|beitrag|text) (erschien|ist) (zuerst|ursprunglich|erstmals) (in|bei|auf|im)',
    ],
  },
  {
    id: 'about-label',
    patterns: [
      '^(uber|zum|zur) (den|die|dem|der) (autor|autorin|autoren|autorinnen|verfasser|verfasserin|gastautor|gastautorin)$',
      '^(autor|autorin|autoren|der autor|die autorin|zum autor|zur autorin|uber uns|uber mich)$',
      '^uber (das|die|den) * (portal|unternehmen|institut|stiftung|verband|verein|gruppe|agentur|magazin|presseportal|medienportal|pressedienst)',
      '^uber * (gmbh|ag|se|kg|e v|ev|gruppe|group|holding|stiftung)$',
    ],
  },
  {
    id: 'issuer-profile',
    patterns: [
      '^* ist (ein|eine|der|die) (weltweit|international|fuhrender|fuhrende|fuhrenden|globaler|globale|europaweit|marktfuhrender|marktfuhrende) * (anbieter|hersteller|unternehmen|spezialist|dienstleister|entwickler|konzern|gruppe|anbieterin)',
      '^* (hat seinen|hat ihren) (hauptsitz|sitz|firmensitz) in',
    ],
  },
]);
