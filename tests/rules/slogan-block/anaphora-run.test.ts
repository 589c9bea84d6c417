import rule from '../../../src/rules/slogan-block/anaphora-run.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const slogans = ['Radio is loud.', 'Radio is honest.', 'Radio asks why.', 'Radio is here.', 'Radio is you.'];

ruleCases(rule, {
  valid: [
    // Rhetoric inside one paragraph is one block, not a run of lines.
    { doc: ['The mayor closed with a promise: "We will rebuild. We will recover. We will return."'] },
    // Long sentences that share an opening are prose.
    { doc: [
      'The council said on Monday that the budget for the new bridge would be raised by a third next year.',
      'The council said on Tuesday that the contractor had asked for more time to finish the work on site.',
      'The council said on Wednesday that it would publish the revised plans for public comment in May.',
    ] },
    // Two lines are not a run.
    { doc: ['Radio is loud.', 'Radio is honest.', 'The station closed in 1998 after forty years on air.'], at: 0 },
  ],
  invalid: [
    { doc: slogans, at: 0 },
    { doc: slogans, at: 2 },
    // A short line inside the run belongs to it.
    { doc: ['Radio is loud.', 'Radio is honest.', 'But never boring.', 'Radio is here.', 'Radio is you.'], at: 2 },
    // Three lines are a run, but an uncertain one.
    { doc: ['Radio is loud.', 'Radio is honest.', 'Radio is you.'], at: 1, min: 0.5 },
  ],
});
