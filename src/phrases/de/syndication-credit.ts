import { definePhrases } from '../define.js';

export default definePhrases('de', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      '^[mit] (material|informationen|agenturmaterial) (von|der|aus) [den] (dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|agenturen|nachrichtenagenturen|der nachrichtenagentur|nachrichtenagentur)',
      '^(mit|unter verwendung von) (agenturmaterial|material von agenturen|agenturen)',
      '(mit|unter verwendung von) material (der|von) (nachrichtenagenturen|agenturen|nachrichtenagentur)',
    ],
  },
  // Regional dpa codes ("dpa/lnw") and joined credits ("AFP/dpa") become two words once "/" is dropped.
  {
    id: 'agency-tag',
    patterns: [
      '^(dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters) (lnw|lby|lno|lsw|lhe|lsn|lah|lrs|lbn|lmv|lth|lsa|lbb|lni|lhh|red|tmn|bb|gbn|jm|cs|abc|ab|dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|agenturen|red)$',
      '^(mit|von) (dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|agenturen)$',
      '^(mit|von) (dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters) und (dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|agenturen)$',
      '^(dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|agenturen|red agenturen|red dpa|red afp)$',
      // Three agencies, "rtr" for Reuters among them: "dpa/AFP/rtr".
      '^(dpa|afp|ap|rtr|reuters|kna|epd|sid) (dpa|afp|ap|rtr|reuters|kna|epd|sid) (dpa|afp|ap|rtr|reuters|kna|epd|sid)$',
      'dpa infocom',
      '^(text|texte) (dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|agenturen)$',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(wurde|ist) (nicht|ohne) (redaktionell|von der redaktion) (bearbeitet|gepruft|verandert)',
      '(automatisch|ungepruft|unverandert) (aus|von) (einem|dem|einer) (agenturfeed|nachrichtenfeed|feed|agentur|agenturmeldung)',
      '(automatisiert|automatisch) (erstellt|ubernommen|veroffentlicht|generiert) * (agentur|dpa|feed|meldung)',
      'stammt (von|aus) (der|dem) (deutschen presse agentur|agenturfeed|nachrichtenagentur|dpa nachrichtenkanal)',
      'dpa (nachrichtenkanal|newskanal)',
      'redaktionell nicht bearbeitet',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'alle rechte vorbehalten',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      '^# (dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|deutsche presse agentur)$',
      '^(c|copyright) (dpa|afp|ap|reuters|kna|epd|sda|apa|sid|dts|ddp|ots|kyodo|xinhua|efe|ansa|belga|anp|pap|bloomberg|upi|tass|ria novosti|keystone sda|dpa afx|awp|reuters dpa|afp dpa|dpa afp|dpa reuters|deutsche presse agentur)',
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      '(vervielfaltigung|weiterverbreitung|weiterverwendung|nachdruck|veroffentlichung|wiedergabe) * nur mit * (genehmigung|zustimmung|erlaubnis)',
      '(vervielfaltigung|weiterverbreitung|nachdruck|ubernahme) * (nicht gestattet|untersagt|verboten|nicht erlaubt)',
      '(darf|durfen) nicht (ohne|veroffentlicht werden ohne) * (genehmigung|zustimmung|erlaubnis)',
      'nachdruck (nur mit|ohne) (genehmigung|erlaubnis|zustimmung)',
      'mit [freundlicher ]genehmigung (von|der|des) * (ubernommen|veroffentlicht|wiedergegeben)',
    ],
  },
  // Notices of press portals and blogs: who answers for a distributed release, how its pictures may be used,
  // and that a guest text is not the editors' opinion.
  {
    id: 'disclaimers',
    patterns: [
      'fur den inhalt der (pressemitteilung|mitteilung|meldung) ist (der|die|allein der|ausschliesslich der) (emittent|herausgeber|verfasser|absender|autor)',
      'pressebilder [nur|ausschliesslich] fur [die] redaktionelle (verwendung|nutzung|berichterstattung)',
      '(gibt|geben|spiegelt|spiegeln) (nicht|nicht unbedingt|nicht notwendigerweise) die meinung der redaktion',
      'inhalte dieser (website|webseite|seite|homepage) (stehen|sind|stehen soweit nicht anders angegeben) unter',
      '^alle angaben ohne gewahr$',
    ],
  },
  {
    id: 'licence-note',
    patterns: [
      'sofern nicht anders (angegeben|ausgewiesen|vermerkt|gekennzeichnet) (stehen|steht|sind|ist) [die|alle] (inhalte|texte|beitrage)',
    ],
  },
  // How to cite the piece: a note on reuse, not the text itself.
  {
    id: 'cite-as',
    patterns: [
      '^(zitiervorschlag|zitierhinweis|empfohlene zitierweise)',
      '^[bitte ](zitieren sie|zitiere) (diesen|den) (beitrag|artikel|text) (als|wie folgt)',
    ],
  },
]);
