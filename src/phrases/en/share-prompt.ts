import { definePhrases } from '../define.js';

export default definePhrases('en', 'share-prompt', [
  { id: 'share-this', patterns: ['(share|send|forward|email|tweet) (this|the) (story|article|post|page|piece|link)', '^share (this|on|via|with)'] },
  { id: 'if-you-liked', patterns: ['if you (like|liked|enjoyed|found) this * (share|pass)', 'share it with (a|your) (friend|friends)'] },
]);
