import rule from '../../../src/rules/related-links/caps-headline.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: '<p><a href="/a">Harbour town votes to restore its old ferry</a></p>' },
    { doc: '<p>THE COUNCIL HAS SPOKEN: the ferry will run again from May, and the fares will stay as they are.</p>' },
    { doc: '<p>The report by the <a href="/nato">NATO</a> and <a href="/un">UN</a> teams was published on Monday.</p>' },
    { doc: '<h2><a href="/x">HOW THE FERRY WAS SAVED</a></h2>' },
  ],
  invalid: [
    { doc: '<p><a href="/a">HARBOUR TOWN VOTES TO RESTORE ITS OLD FERRY</a></p>' },
    { doc: '<p><strong><a href="/b">\'FERRY TALES\' STAR OPENS UP ABOUT HER LIFE ON THE WATER</a></strong></p>' },
    { doc: '<p><a href="/c">СОВЕТ ГОРОДА ПРОГОЛОСОВАЛ ЗА РЕМОНТ ПАРОМА</a></p>' },
  ],
});
