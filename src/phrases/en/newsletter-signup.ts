import { definePhrases } from '../define.js';

export default definePhrases('en', 'newsletter-signup', [
  {
    id: 'sign-up-newsletter',
    patterns: [
      '(sign up|signup|subscribe|register|join|signing up|subscribing|opt in) (for|to) (our|the|my|a) * (newsletter|newsletters|briefing|briefings|digest|bulletin|mailing list|email list|email updates|emails|news alerts|email alerts|morning email|evening email)',
      '(sign up|subscribe|register) (for|to) [free ](newsletter|newsletters|email updates|updates|alerts|news alerts)',
      '^(sign up|subscribe) (now|today|here|for free)',
      '^(sign up|signup|subscribe|join)$',
      'newsletter (sign up|signup|subscription|subscribe)',
    ],
  },
  {
    id: 'newsletter-label',
    patterns: [
      '^(our|the|free|daily|weekly|morning|evening) * newsletter$',
      '^newsletter$',
      '^(get|receive|try) (our|the|a) * (newsletter|briefing|digest)',
      'get (the|our) * (news|headlines|stories|newsletter|briefing) (delivered|sent|straight)',
      '(delivered|straight|direct|directly|sent) to your (inbox|email|mailbox)',
      'in your inbox (every|each) (morning|day|week|evening|weekday|friday|monday|sunday)',
      '(best|top|biggest) stories (of the day|of the week) in your inbox',
    ],
  },
  {
    id: 'enter-email',
    patterns: [
      'enter (your|an|a valid) (email|e mail) [address]',
      '^[your ](email|e mail) address$',
      '^(email|e mail) address (required|invalid)',
      'please enter a valid (email|e mail)',
    ],
  },
  {
    id: 'after-signup',
    patterns: [
      '(thanks|thank you) for (subscribing|signing up)',
      '(you can|you may) unsubscribe at any time',
      'unsubscribe at any time',
      'by (signing up|subscribing|clicking|entering your email) * (you agree|you consent|you accept|i agree|you acknowledge)',
      '(we|we ll|we will) never (share|sell|spam) your (email|e mail|address|data|information|details)',
      'check your inbox to confirm',
      // The double opt-in note shown after the form: an e-mail to confirm the sign-up. ("A link to verify
      // your subscription" is as often the bait a phishing story quotes.)
      '(an email|an e mail) to (confirm|activate) your (subscription|sign up|signup|newsletter)',
      '(you re|you are) [now ](subscribed|signed up)',
      'no spam',
    ],
  },
  // "Do you want to be informed of our actions? Sign up here": the question to the reader carries it;
  // a closing "sign up here" alone also ends "Residents who want the alerts can sign up here".
  {
    id: 'want-to-be-informed',
    patterns: [
      '(do|would) you (want|like) to (be|stay|keep) (informed|updated|up to date|in the loop) (of|about|on)',
      '^want to (be|stay|keep) (informed|updated|up to date|in the loop) * sign up here$',
    ],
  },
  {
    id: 'latest-in-inbox',
    patterns: [
      '^get the (latest|best|top) * (in|to) your inbox',
    ],
  },
]);
