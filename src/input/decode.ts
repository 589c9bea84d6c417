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

/** The charset a document's bytes declare, or null. Exported for the CLI's --explain output. */
export function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function decodeBytes(bytes: Uint8Array): string {
  const label = sniffCharset(bytes) ?? 'utf-8';
  // A page that declares UTF-16 in a meta tag but has no BOM is ASCII-compatible bytes: read it as UTF-8.
  const usable = label.startsWith('utf-16') && !(bytes[0] === 0xff || bytes[0] === 0xfe) ? 'utf-8' : label;
  const decoder = decoderFor(usable) ?? decoderFor('utf-8')!;
  return decoder.decode(bytes);
}
