import { describe, expect, it } from 'vitest';
import { locate } from './helpers.js';

describe('locateArticle: a forum thread whose every post is classed a comment', () => {
  it('takes the opening post for the article, not the one-line note beside the thread', () => {
    const { text } = locate('forum-thread-comment-classes.html');
    expect(text).toContain('my new garden pump runs fine for about ten minutes');
    expect(text).not.toContain('Please log in to join the discussion');
  });

  // Hard negative: a thin article over a single comment section keeps the article.
  it('keeps a short article above an ordinary comment section', () => {
    const { text } = locate('comments-and-teasers.html');
    expect(text).toContain('The town council voted on Tuesday evening');
    expect(text).not.toContain('I remember taking that ferry');
  });
});
