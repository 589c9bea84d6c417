import { definePhrases } from '../define.js';

export default definePhrases('fr', 'feedback-widget', [
  {
    id: 'was-helpful',
    patterns: [
      '(cet|l|cette) (article|contenu|page|information|info) (vous a t il|vous a t elle|vous a) [ete ](utile|utiles|plu|interesse)',
      '(avez vous trouve|as tu trouve) (cet|l|cette) * (utile|interessant|interessante|pertinent)',
      '^(cet article|ce contenu|cette page) (est il|vous a t il ete) (utile|interessant)',
      '^(utile|pas utile|oui non|inutile)$',
      '(merci|merci beaucoup) pour (votre|ton) (avis|retour|vote|evaluation|contribution)',
    ],
  },
  {
    id: 'rate-article',
    patterns: [
      '^(notez|noter|evaluez|evaluer) (cet|l) (article|contenu)',
      '(que|comment) (pensez vous|avez vous trouve|evaluez vous) [de ](cet|l) (article|contenu)',
      '^(note|notes) # sur #',
    ],
  },
  {
    id: 'report-error',
    patterns: [
      '^(signaler|signalez) (une|un) (erreur|faute|coquille|probleme|inexactitude|contenu)',
      '(vous avez|avez vous) (repere|remarque|constate|trouve|vu) (une|un) (erreur|faute|coquille|probleme) * (signalez|signaler|contactez|ecrivez|dites)',
      '(une|une erreur|une faute|une coquille) (dans|sur) (cet|l) article (signalez|signaler|contactez)',
      '^(une erreur|une coquille|une faute) (signalez|a signaler|dans cet article)',
    ],
  },
  {
    id: 'send-feedback',
    patterns: [
      '^(donnez|donner|partagez|envoyer|envoyez) (votre|ton|un) (avis|retour|commentaire a la redaction)',
      '^(contacter|contactez|ecrire a|ecrivez a) la redaction$',
      '(vous avez|avez vous) (une information|une info|un temoignage|une histoire) * (contactez|ecrivez|redaction|signalez)',
    ],
  },
]);
