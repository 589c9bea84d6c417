import rule from '../../../src/rules/syndication-credit/copyright-line.js';
import { ruleCases } from '../../helpers/rule-cases.js';

ruleCases(rule, {
  valid: [
    { doc: ['The copyright dispute between the two publishers reached the supreme court on Monday.'] },
    { doc: ['Copyright law has not kept pace with streaming, the committee said in a report that runs to 300 pages and makes forty recommendations for reform of the licensing system and collecting societies across the union.'] },
  ],
  invalid: [
    { doc: ['© 2024 Northwind Press. All rights reserved.'] },
    { doc: ['Copyright 2019 Harbour Media Group'] },
    { doc: ['(c) 2021 Example Wire Service. This material may not be published or redistributed.'] },
  ],
});
