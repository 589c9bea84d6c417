import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../bench/html-to-text.js';

describe('bench htmlToText (the visible-text dumps the text mode is measured on)', () => {
  it('gives one line per block and skips what never shows', () => {
    const html = '<!doctype html><html><head><title>T</title><style>p{}</style></head><body><nav><a>Home</a> <a>News</a></nav><p>First <b>para</b>graph.</p><div hidden>secret</div><p>Second<br>line</p><script>x()</script></body></html>';
    expect(htmlToText(html)).toBe('Home News\nFirst paragraph.\nSecond\nline');
  });

  it('reads the whole page when it has no <html> element', () => {
    // linkedom makes the first element documentElement and leaves the rest beside it
    expect(htmlToText('<head><title>T</title></head><body><p>The ferry will run again in April.</p></body>')).toBe('The ferry will run again in April.');
    expect(htmlToText('<style>p{}</style><div><p>The ferry will run again in April.</p></div>')).toBe('The ferry will run again in April.');
  });

  it('keeps the page when server warnings are printed before the doctype', () => {
    const html = '<br />\n<b>Warning</b>: something in <b>file.php</b><br />\n<!DOCTYPE html><html><body><p>The ferry will run again in April.</p></body></html>';
    expect(htmlToText(html).split('\n')).toContain('The ferry will run again in April.');
  });
});
