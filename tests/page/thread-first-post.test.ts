import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
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

  // Hard negative: a "recent comments" list in a sidebar is not the thread of a thin news brief.
  it('keeps a short brief when a run of comment regions sits in a sidebar', () => {
    const html = `<!doctype html><html><body><main><h1>Winter timetable</h1><p>The winter ferry timetable starts on Monday, with two fewer crossings a day.</p></main>` +
      `<div class="col"><ul><li class="comment"><p>Comment 1: I have lived by this harbour for forty years and I think the council should have kept the old timetable running all winter long.</p></li><li class="comment"><p>Comment 2: I have lived by this harbour for forty years and I think the council should have kept the old timetable running all winter long.</p></li><li class="comment"><p>Comment 3: I have lived by this harbour for forty years and I think the council should have kept the old timetable running all winter long.</p></li><li class="comment"><p>Comment 4: I have lived by this harbour for forty years and I think the council should have kept the old timetable running all winter long.</p></li><li class="comment"><p>Comment 5: I have lived by this harbour for forty years and I think the council should have kept the old timetable running all winter long.</p></li><li class="comment"><p>Comment 6: I have lived by this harbour for forty years and I think the council should have kept the old timetable running all winter long.</p></li></ul></div></body></html>`;
    const { text } = extract(html);
    expect(text).toContain('The winter ferry timetable starts on Monday');
    expect(text).not.toContain('I have lived by this harbour');
  });
});
