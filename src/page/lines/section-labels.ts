/**
 * Words that open a page section which is not the article, per language and concept. A label line
 * is short and consists of little more than the label (`12 Kommentare`, `Leave a Reply`), so
 * articles that merely talk about comments are not cut. Data only; compiled once in ./labels.ts.
 */
export type SectionConcept = 'comments' | 'comment-meta';

export interface SectionLabels {
  concept: SectionConcept;
  /** Per language: alternatives matched against the whole normal form of a short line. */
  byLanguage: Readonly<Record<string, readonly string[]>>;
}

export const SECTION_LABELS: readonly SectionLabels[] = [
  {
    // The heading or counter that opens a comment thread or a comment form.
    concept: 'comments',
    byLanguage: {
      en: ['(\\d+ )?(comments?|responses?|replies|thoughts|reactions)( on .*| to .*)?', '(leave|post|write|add) a (comment|reply|response)', 'join the (discussion|conversation)', 'reader comments', 'discussion'],
      de: ['(\\d+ )?(kommentare?|antworten|reaktionen|leserkommentare|diskussion)( zu .*| auf .*| on .*)?', '(schreibe|schreiben sie|hinterlasse|hinterlassen sie) (einen|eine) (kommentar|antwort)', 'kommentar (verfassen|schreiben|abgeben)', '(ihre|deine) meinung( ist gefragt)?'],
      fr: ['(\\d+ )?(commentaires?|reactions?|reponses?)( a .*| sur .*)?', '(laisser|ajouter|ecrire|poster) un commentaire', 'vos reactions'],
      es: ['(\\d+ )?(comentarios?|respuestas?)( a .*| en .*)?', '(deja|dejar|escribe|escribir|anade) (un|tu) comentario'],
      it: ['(\\d+ )?(commenti|commento|risposte)( a .*| su .*)?', '(lascia|scrivi|aggiungi) un commento'],
      pt: ['(\\d+ )?(comentarios?|respostas?)', '(deixe|deixar|escreva) (um|seu) comentario'],
      nl: ['(\\d+ )?(reacties?|opmerkingen)', '(laat|plaats|schrijf) een reactie( achter)?'],
      pl: ['(\\d+ )?(komentarze?|komentarzy|odpowiedzi)', '(dodaj|napisz|zostaw) komentarz'],
    },
  },
  {
    // Lines a comment carries besides its text: the author's "says:", a reply button.
    concept: 'comment-meta',
    byLanguage: {
      en: ['.{1,40} (says|said|wrote|writes)', 'reply', 'reply to .{1,40}', 'report( comment| abuse)?', 'log in to reply'],
      de: ['.{1,40} (sagt|schreibt|schrieb|meint)', 'antworten', 'antwort', 'melden', 'zum antworten anmelden'],
      fr: ['.{1,40} (dit|a dit|ecrit)', 'repondre', 'signaler'],
      es: ['.{1,40} (dice|dijo|escribio)', 'responder', 'denunciar'],
      it: ['.{1,40} (dice|ha detto|scrive)', 'rispondi'],
      pt: ['.{1,40} (disse|diz|escreveu)', 'responder'],
      nl: ['.{1,40} (zegt|schreef)', 'beantwoorden', 'reageer'],
      pl: ['.{1,40} (pisze|napisal|napisala)', 'odpowiedz'],
    },
  },
];
