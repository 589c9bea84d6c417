import { phraseRule } from '../phrase-rule.js';

export default phraseRule('donation-appeal', {
  description: 'Appeals for money or membership: "Support independent journalism", "Donate now".', maxWords: 40,
  examples: {
    kept: 'Donations to the campaign rose sharply in March.',
    removed: 'We are a non-profit organization. Help us financially to keep our journalism free.',
  },
});
