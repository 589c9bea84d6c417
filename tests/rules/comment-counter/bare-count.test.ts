import rule from '../../../src/rules/comment-counter/bare-count.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: ['Comments made by the governor on Friday drew criticism from both parties.'] },
    { doc: ['<h2>2023</h2>'] },
    { doc: ['Three people were hurt.'] },
    { doc: ['345'] },
    { doc: '<table><tr><td>12</td></tr></table>' },
  ],
  invalid: [
    { doc: ['0 Comments'], min: 0.5 },
    { doc: ['Kommentare 12'], min: 0.5 },
    { doc: '<div class="comment-count">345</div>', min: 0.5 },
  ],
});
