import { clean } from '../src/index.js';
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../src/cleaner/engine.js';
import { computeFeatures } from '../src/features/compute.js';
import { stopwordSet, stopwordShare, stopwordShareOfWords } from '../src/features/stopwords.js';
import { normaliseForMatch, normalisedWords } from '../src/phrases/normalise.js';
import { splitLines } from '../src/parse/lines.js';
import { textBlocks } from '../src/segment/text-blocks.js';

describe('computeFeatures', () => {
  const text = [
    'The council said that the vote would take place after the summer.',
    'Share this article',
    'Die Straße wird über den Winter gesperrt, sagte der Bürgermeister.',
    'Share this article',
    '',
    '12345',
  ].join('\n');

  it.each(['en', 'de', undefined])('works out the stopword share when asked, as a lookup of every word would (lang %s)', (lang) => {
    const blocks = textBlocks(splitLines(text));
    const features = computeFeatures(blocks, buildEngine('test', undefined).phrases, lang);
    blocks.forEach((b, i) => {
      const share = stopwordShareOfWords(normalisedWords(b.text), stopwordSet(lang));
      expect(features[i].stopwords).toBe(share);
      expect(features[i].stopwords).toBe(share); // a second read gives the same
    });
    if (lang === 'en') expect(features[0].stopwords).toBeGreaterThan(0.3);
  });

  it('gives every block its normal form and opening, short or too long for the phrase matcher', () => {
    const long = Array.from({ length: 80 }, (_, i) => (i % 7 ? 'word' : 'Café')).join(' ');
    const lines = [long, 'Share this article', long, '½ price™ — ΟΔΟΣ', '', `${long}.`];
    const blocks = textBlocks(splitLines(lines.join('\n')));
    const features = computeFeatures(blocks, buildEngine('test', undefined).phrases, 'en');
    blocks.forEach((b, i) => {
      const words = normalisedWords(b.text);
      expect(features[i].normalised).toBe(normaliseForMatch(b.text));
      expect(features[i].opening).toBe(words.slice(0, 2).join(' '));
    });
  });

  it('opens a block of Han or kana with its first runs between white space, as written', () => {
    const blocks = textBlocks(splitLines(['我们是勇敢的。', '（ロイター）共同', '2024年 新华社', 'Share 新华社', '2024年3月 全国两会召开', 'AI赋能制造业'].join('\n')));
    const features = computeFeatures(blocks, buildEngine('test', undefined).phrases, 'zh');
    expect(features.map((f) => f.opening)).toEqual(['我们是勇敢的', 'ロイター共同', '2024年 新华社', 'share 新华社', '2024年3月 全国两会召开', 'ai赋能制造业']);
    expect(features[0].normalised).toBe(' 我 们 是 勇 敢 的 ');
  });

  it('does not take a list of dated or prefixed Chinese and Japanese lines for a slogan block', () => {
    const body = '新华社北京3月5日电 第十四届全国人民代表大会第二次会议5日上午在人民大会堂开幕，近三千名代表出席会议，听取政府工作报告。';
    for (const list of [
      ['2024年3月 全国两会召开', '2024年5月 央行下调利率', '2024年9月 一揽子增量政策出台', '2024年12月 中央经济工作会议召开'],
      ['3月1日 开幕', '3月5日 两会', '3月9日 闭幕', '3月15日 消费者权益日'],
      ['AI赋能制造业', 'AI赋能医疗', 'AI赋能教育', 'AI赋能金融'],
      ['2024年1月 能登半島地震が発生', '2024年4月 日銀がマイナス金利を解除', '2024年7月 新紙幣を発行', '2024年10月 衆院選を実施'],
    ]) {
      const { text, removed } = clean([body, ...list, body.replace('5日', '6日')].join('\n\n'));
      expect(removed.map((r) => r.ruleId), list[0]).toEqual([]);
      for (const line of list) expect(text).toContain(line);
    }
  });

  it('measures the stopword share of Japanese and Chinese over runs, as a reader sees them, not over single characters', () => {
    const ja = stopwordSet('ja')!;
    // Each kana is a stopword of its own in the list; the runs are not.
    expect(stopwordShare(normaliseForMatch('特に困ったのが、起動ショートカットキーに関する設定。'), ja)).toBeLessThan(0.2);
    expect(stopwordShare(normaliseForMatch('これ'), ja)).toBe(1);
    expect(stopwordShare(normaliseForMatch('Kindle for PCの起動'), stopwordSet('en'))).toBe(stopwordShare(' kindle for pc起動 ', stopwordSet('en')));
  });
});

