import { definePhrases } from '../define.js';

export default definePhrases('fr', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      '^avec (afp|ap|reuters|belga|ats|agences|les agences|l afp|ansa|efe|dpa|xinhua)$',
      '^avec (afp|ap|reuters|belga|ats|agences|l afp) et (afp|ap|reuters|belga|ats|sda|ansa|efe|dpa|xinhua|bloomberg|apa|anp|mapa|map|aps|tap|kyodo|upi|relaxnews|etx|apm|apm news|agences|l afp)$',
      '^[par |la redaction avec |redaction avec |le figaro avec |avec ](l afp|afp|agences)$',
      '(d apres|selon) (une depeche|des depeches) (de l|d) (afp|agence|agences)',
      '^(avec|d apres) [des |les ](depeches|informations|elements) (de|d|des) (l afp|afp|agences|reuters|belga)',
    ],
  },
  {
    id: 'agency-tag',
    patterns: [
      '^(afp|ap|reuters|belga|ats|sda|ansa|efe|dpa|xinhua|bloomberg|apa|anp|mapa|map|aps|tap|kyodo|upi|relaxnews|etx|apm|apm news) (afp|ap|reuters|belga|ats|sda|ansa|efe|dpa|xinhua|bloomberg|apa|anp|mapa|map|aps|tap|kyodo|upi|relaxnews|etx|apm|apm news|agences)$',
      '^(afp|ap|reuters|belga|ats|sda|ansa|efe|dpa|xinhua|bloomberg|apa|anp|mapa|map|aps|tap|kyodo|upi|relaxnews|etx|apm|apm news)$',
      '^(la redaction|redaction|la redaction web) (avec|et) (afp|ap|reuters|belga|ats|sda|ansa|efe|dpa|xinhua|bloomberg|apa|anp|mapa|map|aps|tap|kyodo|upi|relaxnews|etx|apm|apm news|agences|l afp)',
      '^(avec|par) (agences|l agence)$',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(n a pas|n ont pas) ete (edite|edites|modifie|modifies|retravaille|relu|verifie) par (la redaction|notre redaction|nos journalistes|l equipe)',
      '(genere|publie|importe) automatiquement (a partir|depuis) (d un|du) (flux|fil)',
      '(publie|reproduit) (tel quel|sans modification) (a partir|depuis) (d un|du|d une) (flux|fil|depeche)',
      '(ce contenu|cet article|cette depeche) (provient|est issu|est issue) (d un|du|d une|de l) (flux|fil|agence|depeche)',
      'fil (d actualite|d info|d information|d actualites) (de l|d) (afp|agence)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'tous droits reserves',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      '^# (afp|ap|reuters|belga|ats|sda|ansa|efe|dpa|xinhua|bloomberg|apa|anp|mapa|map|aps|tap|kyodo|upi|relaxnews|etx|apm|apm news|agence france presse)$',
      '^(c|copyright) (afp|ap|reuters|belga|ats|sda|ansa|efe|dpa|xinhua|bloomberg|apa|anp|mapa|map|aps|tap|kyodo|upi|relaxnews|etx|apm|apm news|agence france presse)',
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      '(toute|la) (reproduction|rediffusion|republication|diffusion|reprise|representation) * (interdite|est interdite|strictement interdite|prohibee|soumise a autorisation)',
      '(reproduction|rediffusion|republication) (partielle ou totale|totale ou partielle|integrale ou partielle)',
      '(sans|avec) [l ](autorisation|accord) (ecrite|prealable|expresse|ecrit) * (interdite|interdit|de l editeur|de la redaction)',
      '(reproduit|republie|publie) avec (l aimable autorisation|l autorisation|la permission)',
      '(republie|reproduit|publie) sous (licence|une licence) creative commons',
    ],
  },
  {
    id: 'views-disclaimer',
    patterns: [
      'n engagent que (leurs|leur|son|ses) (auteurs|auteur|autrices|signataires)',
      'ne (refletent|reflete|representent|represente) pas [necessairement] (la position|l opinion|les opinions|le point de vue) (de la redaction|de notre redaction|du journal|du site|du media|de l editeur|de la publication)',
    ],
  },
  // How to cite the piece: a note on reuse, not the text itself.
  {
    id: 'cite-as',
    patterns: [
      // The labels alone: "Pour citer ce texte de Camus, le ministre …" is prose.
      '^pour citer (cet article|ce document|ce billet|cette page|ce texte)$',
      '^citer cet article$',
    ],
  },
]);
