import { definePhrases } from '../define.js';

export default definePhrases('en', 'tags', [
  // "^topics"/"^tags" would fire on a sentence opening "Topics discussed...": rules check for a label
  // colon or a list of short items after it; "The tags on luggage" starts with "the".
  {
    id: 'tags-label',
    patterns: [
      '^(tags|tag|tagged|tagged with|tagged as|tagged in)',
      '^(keywords|key words)',
      '^(filed under|posted in|posted under|categorised as|categorized as|listed under)',
      '^(topics|topic|categories|category|labels|subjects|themes)$',
      '^(topics|categories|category)',
    ],
  },
  {
    id: 'more-on-topics',
    patterns: [
      '^(explore|see|read|find|get) more (on|about) (these|this|the) (topics|topic|subjects)',
      '^(more about|more on|in this article|in this story|mentioned in this article|related topics|related tags|trending topics|browse topics|explore topics)$',
      '^(more about|related topics|related tags|trending topics|in this article|mentioned in this article)',
    ],
  },
]);
