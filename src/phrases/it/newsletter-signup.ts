import { definePhrases } from '../define.js';

export default definePhrases('it', 'newsletter-signup', [
  {
    id: 'sign-up-newsletter',
    patterns: [
      '(iscriviti|iscrivetevi|iscriversi|iscrizione|abbonati|registrati) (alla|alle|alla nostra|alle nostre|ai|al|al nostro|ai nostri) * (newsletter|newsletters|notiziario|bollettino|alert)',
      '(ricevi|ricevere|ricevete) (la|le|la nostra|le nostre|gratis la|ogni giorno la|ogni mattina la) * (newsletter|notiziario|notizie|selezione)',
      '^(newsletter|notiziario) (gratuita|gratuito|quotidiana|settimanale|iscriviti)',
      '^(iscriviti|iscrivimi|mi iscrivo|iscriviti ora|iscriviti gratis)$',
    ],
  },
  {
    id: 'newsletter-label',
    patterns: [
      '^(newsletter|la newsletter|le newsletter|la nostra newsletter|le nostre newsletter)$',
      '^(la|le|la nostra|le nostre) * newsletter$',
      '(direttamente|ogni mattina|ogni giorno|ogni settimana|gratis) (nella tua|nella vostra|sulla tua) (casella|casella di posta|email|e mail|inbox|mail)',
      'nella tua (casella|casella di posta|inbox) (ogni|tutti|tutte)',
    ],
  },
  {
    id: 'enter-email',
    patterns: [
      '(la tua|inserisci la tua|inserisci il tuo|il tuo) (email|e mail|indirizzo email|indirizzo e mail|indirizzo di posta)$',
      '^(inserisci|digita|scrivi) (la tua|il tuo) (email|e mail|indirizzo)',
      '[indirizzo ](email|e mail) (non valido|non valida|obbligatorio|obbligatoria)$',
      '^(email|e mail|indirizzo email)$',
    ],
  },
  {
    id: 'after-signup',
    patterns: [
      '(grazie|grazie mille) per (l iscrizione|esserti iscritto|esserti iscritta|la registrazione|esservi iscritti)',
      '(puoi|potrai|potete) (cancellarti|disiscriverti|annullare l iscrizione) (in qualsiasi momento|quando vuoi|in ogni momento)',
      '(iscrivendoti|registrandoti|cliccando) * (accetti|accettate|dichiari)',
      '(conferma|confermare) (la tua|il tuo) (iscrizione|indirizzo)',
    ],
  },
]);
