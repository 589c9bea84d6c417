/**
 * Bytes to text as a browser would: a byte-order mark first, then a charset declared in the first
 * bytes of the document (`<meta charset>` or `http-equiv` content), else UTF-8. Invalid sequences
 * become U+FFFD rather than errors: a pipeline must not stop on one bad page.
 */
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: false, ignoreBOM: false });
  } catch {
    return null;
  }
}

const UTF16_SNIFF_BYTES = 512;

/**
 * UTF-16 without a byte-order mark: text that is mostly ASCII has a zero in every other byte, odd
 * positions for little-endian, even for big-endian. No ASCII-compatible charset puts zeros there,
 * so the pattern is safe to trust; without it the text would come out with a NUL between letters.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.byteLength, UTF16_SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.7 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.7 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** The charset a document's bytes declare, or null. Exported for the CLI's --explain output. */
export function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = sniffUtf16(bytes);
  if (utf16) return utf16;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function decodeBytes(bytes: Uint8Array): string {
  const label = sniffCharset(bytes) ?? 'utf-8';
  // An unknown label (or one TextDecoder refuses, such as the 'replacement' family) is ignored, as
  // browsers ignore it. A page that declares UTF-16 (under any of its labels: 'unicode', 'ucs-2', …)
  // in a meta tag is ASCII-compatible bytes, else the meta could not have been read: unless the
  // bytes themselves are UTF-16 (a BOM, or the zero-byte pattern), it is read as UTF-8.
  let decoder = decoderFor(label) ?? decoderFor('utf-8')!;
  if (decoder.encoding.startsWith('utf-16') && !(bytes[0] === 0xff || bytes[0] === 0xfe) && !sniffUtf16(bytes)) decoder = decoderFor('utf-8')!;
  return decoder.decode(bytes);
}
