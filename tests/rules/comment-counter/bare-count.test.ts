import rule from '../../../src/rules/comment-counter/bare-count.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: ['Comments made by the governor on Friday drew criticism from both parties.'] },
    { doc: ['<h2>2023</h2>'] },
    { doc: ['Three people were hurt.'] },
    { doc: ['345'] },
    { doc: '<table><tr><td>12</td></tr></table>' },
    // A number beside a word that is no counter's: a unit, an address, a spec line.
    { doc: ['390 kcal'] },
    { doc: ['Ottostraße 14'] },
    { doc: ['Seite 2'] },
    { doc: ['Sicherheit: 1'] },
    { doc: ['Kommentarspalte 2'] },
    { doc: ['Vuelta 3'] },
  ],
  invalid: [
    { doc: ['0 Comments'], min: 0.5 },
    { doc: ['Kommentare 12'], min: 0.5 },
    { doc: ['12 Réponses'], min: 0.5 },
    { doc: ['Views 1204'], min: 0.5 },
    { doc: ['3 komentarze'], min: 0.5 },
    { doc: '<div class="comment-count">345</div>', min: 0.5 },
  ],
});
