import { describe, expect, it } from 'vitest';
import { clean, detect, extract } from '../../src/index.js';
import { decodeBytes, sniffCharset } from '../../src/input/decode.js';
import { letters } from './helpers.js';

/**
 * Every label of the WHATWG Encoding Standard (encodings.json), by encoding. The test keeps the
 * ones this Node's TextDecoder accepts, so a Node built without full ICU still runs it.
 */
const WHATWG_LABELS: Record<string, string[]> = {
  'UTF-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  IBM866: ['866', 'cp866', 'csibm866', 'ibm866'],
  'ISO-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'ISO-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
  'ISO-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
  'ISO-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
  'ISO-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
  'ISO-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
  'ISO-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual'],
  'ISO-8859-8-I': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'ISO-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
  'ISO-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'ISO-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'ISO-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'ISO-8859-16': ['iso-8859-16'],
  'KOI8-R': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'KOI8-U': ['koi8-ru', 'koi8-u'],
  macintosh: ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254'],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  GBK: ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'],
  gb18030: ['gb18030'],
  Big5: ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'EUC-JP': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'ISO-2022-JP': ['csiso2022jp', 'iso-2022-jp'],
  Shift_JIS: ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
  'EUC-KR': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
  replacement: ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement'],
  'UTF-16BE': ['unicodefffe', 'utf-16be'],
  'UTF-16LE': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'x-user-defined': ['x-user-defined'],
};
const ALL_LABELS = Object.values(WHATWG_LABELS).flat();
const decodable = (label: string): boolean => {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
};
const SUPPORTED = ALL_LABELS.filter(decodable);
const UNSUPPORTED = ALL_LABELS.filter((l) => !decodable(l));

const ARTICLE = 'The regional council approved the budget for the harbour bridge on Monday after a long debate.';
// Every byte above ASCII, in runs a decoder must cope with: lone lead bytes, trail bytes, escapes.
const HIGH = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));

describe(`declared charsets: ${SUPPORTED.length} WHATWG labels this Node decodes`, () => {
  it('knows most labels (full ICU)', () => {
    if (UNSUPPORTED.length) console.warn(`[note] TextDecoder refuses ${UNSUPPORTED.length} WHATWG labels: ${UNSUPPORTED.join(', ')}`);
    // The replacement labels are refused by design (the standard forbids decoding them); Node also
    // lacks ISO-8859-16 and x-user-defined. Pages declaring those are read as UTF-8 (below).
    expect(SUPPORTED.length).toBeGreaterThanOrEqual(200);
  });

  // Every label: found in three spellings of the declaration, and decoded exactly as TextDecoder
  // decodes that label (UTF-16 labels and labels Node lacks: as UTF-8). The whole pipeline then runs
  // once per encoding (its first label), since aliases decode to the same string.
  it(`all ${ALL_LABELS.length} labels: meta charset and http-equiv, decoded as declared, nothing thrown`, () => {
    for (const [encoding, labels] of Object.entries(WHATWG_LABELS)) {
      labels.forEach((label, i) => {
        const utf16 = encoding.startsWith('UTF-16');
        const expected = decodable(label) && !utf16 ? label : 'utf-8'; // UTF-16 in a meta tag is not what the bytes are
        const heads = [`<meta charset="${label}">`, `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`, `<META CHARSET=${label.toUpperCase()}>`];
        heads.forEach((head, h) => {
          const page = Buffer.concat([Buffer.from(`<html><head>${head}</head><body><article><p>${ARTICLE} `), HIGH, Buffer.from(` ${ARTICLE}</p></article></body></html>`)]);
          expect(sniffCharset(page), label).toBe(label.toLowerCase());
          const decoded = new TextDecoder(expected).decode(page);
          expect(decodeBytes(page), label).toBe(decoded);
          if (i > 0 || h > 0) return;
          const body = /<p>([\s\S]*)<\/p>/.exec(decoded)![1];
          expect(letters(extract(page).text), label).toBe(letters(body.replace(/<[^>]*>/g, ' ')));
          expect(clean(page).text.length, label).toBeGreaterThan(0);
          detect(page);
        });
      });
    }
  });
});

describe('byte-order marks and UTF-16', () => {
  const article = `${ARTICLE}\nZürich, Łódź and Ελλάδα reported the same. 😀\nShare this article`;
  const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  const cases: [string, Buffer][] = [
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)])],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')])],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be(article)])],
    ['UTF-16LE without BOM', Buffer.from(article, 'utf16le')],
    ['UTF-16BE without BOM', be(article)],
    ['UTF-8 BOM overriding a meta charset', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="windows-1251"><p>${article.replace(/\n/g, '</p><p>')}</p>`)])],
    ['UTF-16LE BOM with a meta charset', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<meta charset="iso-8859-1"><p>${article.replace(/\n/g, '</p><p>')}</p>`, 'utf16le')])],
  ];
  it.each(cases)('%s', (_, bytes) => {
    const r = clean(bytes);
    expect(r.text).not.toMatch(/[\uFEFF\u0000\uFFFD]/);
    expect(r.text).toContain(ARTICLE);
    expect(r.text).toContain('Zürich, Łódź and Ελλάδα reported the same. 😀');
    expect(r.removed.map((x) => x.kind)).toEqual(['share-prompt']);
  });

  it('a BOM in a string is not text', () => {
    expect(clean(`\uFEFF${ARTICLE}`).text).toBe(ARTICLE);
    expect(clean(`\uFEFF<p>${ARTICLE}</p>`).text).toBe(ARTICLE);
  });

  it('odd byte counts and a lone BOM do not throw', () => {
    for (const b of [[0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xff, 0xfe, 0x41], [0xfe, 0xff, 0x00, 0x41, 0x00], [0xef, 0xbb]]) {
      expect(() => clean(Buffer.from(b))).not.toThrow();
      expect(() => extract(Buffer.from(b))).not.toThrow();
    }
  });
});

describe('invalid and odd bytes', () => {
  const invalid = [
    [0xc3, 0x28], [0xa0, 0xa1], [0xe2, 0x28, 0xa1], [0xe2, 0x82, 0x28], [0xf0, 0x28, 0x8c, 0xbc], [0xf0, 0x90, 0x28, 0xbc],
    [0xf8, 0xa1, 0xa1, 0xa1, 0xa1], [0xfc, 0xa1, 0xa1, 0xa1, 0xa1, 0xa1], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xff], [0xfe], [0x80],
  ];
  it(`${invalid.length} invalid UTF-8 sequences become U+FFFD, the words around them stay`, () => {
    for (const seq of invalid) {
      for (const wrap of [(b: Buffer) => b, (b: Buffer) => Buffer.concat([Buffer.from('<p>'), b, Buffer.from('</p>')])]) {
        const bytes = wrap(Buffer.concat([Buffer.from(`${ARTICLE} `), Buffer.from(seq), Buffer.from(` ${ARTICLE}`)]));
        const r = clean(bytes);
        expect(r.text, JSON.stringify(seq)).toContain('\uFFFD');
        expect(letters(r.text + r.removed.map((x) => x.text).join(''))).toContain(letters(ARTICLE + ARTICLE));
      }
    }
  });

  it('NUL bytes: no crash; HTML drops them as browsers do; text keeps the words and trims NUL padding', () => {
    const nul = '\u0000';
    expect(clean(`<p>${ARTICLE}${nul}</p><p>Sh${nul}are this article</p>`).text).toBe(ARTICLE);
    const t = clean(`${ARTICLE}${nul}${nul}\n${nul}Share this${nul} article${nul}`);
    expect(t.text).toBe(ARTICLE);
    expect(t.removed.map((x) => x.kind)).toEqual(['share-prompt']);
    expect(clean(Buffer.concat([Buffer.from(ARTICLE), Buffer.alloc(64)])).text).toBe(ARTICLE);
    expect(clean(Buffer.alloc(64)).text).toBe('');
    expect(clean(nul.repeat(1000)).text).toBe('');
    expect(extract(`<html><body>${nul.repeat(100)}<p>${ARTICLE}</p></body></html>`).text).toBe(ARTICLE);
    // detect() offsets still point into the string as given.
    const input = `${ARTICLE}\n${nul}Share this article${nul}`;
    for (const f of detect(input)) expect(input.slice(f.start, f.end)).toBe(f.text);
  });

  it('lone surrogates and private-use characters pass through without throwing', () => {
    for (const s of ['\uD800', '\uDFFF', '\uDBFF\uD800', '\uE000', '\uFFFF', '\uFFFE']) {
      expect(clean(`${ARTICLE} ${s} ${ARTICLE}`).text).toContain(ARTICLE);
      expect(clean(`<p>${ARTICLE} ${s}</p>`).text).toContain(ARTICLE);
    }
  });
});

describe('line ends', () => {
  const terminators: [string, string][] = [
    ['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r'], ['LF CR', '\n\r'], ['VT', '\v'], ['FF', '\f'], ['NEL', '\u0085'], ['LS', '\u2028'], ['PS', '\u2029'],
  ];
  it.each(terminators)('%s ends a line, alone and mixed with the others', (_, eol) => {
    const lines = [ARTICLE, 'Biggest threat to government', 'The minister resigned two days later, citing the vote.', 'Share this article', '0 Comments'];
    const r = clean(lines.join(eol));
    expect(r.text).toBe(lines.slice(0, 3).join('\n\n'));
    expect(r.removed.map((x) => x.kind)).toEqual(['share-prompt', 'comment-counter']);
    const mixed = lines.map((l, i) => l + (i % 2 ? eol : terminators[i % terminators.length][1])).join('');
    expect(clean(mixed).text).toBe(lines.slice(0, 3).join('\n\n'));
    const input = lines.join(eol);
    for (const f of detect(input)) expect(input.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('disguised boilerplate phrases are still recognised', () => {
  // Cyrillic а (U+0430), е (U+0435), о (U+043E), с (U+0441), р (U+0440); Greek ο (U+03BF).
  const disguised: [string, string][] = [
    ['Sh\u00ADare this art\u200Bicle', 'share-prompt'],
    ['Sh\u0430re this \u0430rticle', 'share-prompt'],
    ['Sh\u0430r\u0435 this \u0430rti\u0441l\u0435', 'share-prompt'],
    ['S\u200Dh\u200Ca\u2060r\uFEFFe this article', 'share-prompt'],
    ['Share\u00A0this\u2009article', 'share-prompt'],
    ['SHARE THIS ARTICLE', 'share-prompt'],
    ['Share th\u0456s article', 'share-prompt'],
    ['Sh\u0000are this article', 'share-prompt'],
    ['Share this \u202Earticle\u202C', 'share-prompt'],
    ['0 C\u043Emm\u0435nts', 'comment-counter'],
    ['0 Com\u00ADments', 'comment-counter'],
    ['0 C\u03BFmments', 'comment-counter'],
    ['Sign up for our n\u0435wsl\u0435tter', 'newsletter-signup'],
    ['Sign\u200B up for our news\u00ADletter', 'newsletter-signup'],
    ['Foll\u043Ew us on Twitter', 'follow-prompt'],
    ['(With input from news \u0430gency l\u0430ngu\u0430ge)', 'syndication-credit'],
  ];
  it.each(disguised)('%j is removed as %s, in text and in HTML', (line, kind) => {
    const text = clean(`${ARTICLE}\n${line}`);
    expect(text.text).toBe(ARTICLE);
    expect(text.removed.map((r) => r.kind)).toEqual([kind]);
    const html = clean(`<p>${ARTICLE}</p><p>${line}</p>`);
    expect(html.text).toBe(ARTICLE);
    expect(html.removed.map((r) => r.kind)).toEqual([kind]);
  });

  it('leaves real Cyrillic and Greek text alone', () => {
    const ru = 'Городской совет утвердил бюджет на ремонт моста в понедельник после долгих дебатов.';
    const el = 'Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό για τη γέφυρα τη Δευτέρα.';
    expect(clean(`${ru}\n${el}`).text).toBe(`${ru}\n\n${el}`);
  });
});
