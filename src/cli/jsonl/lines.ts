/**
 * Lines of a byte stream, pulled one chunk at a time: the stream is read only as fast as lines are
 * consumed, so memory holds one chunk and one partial line whatever the input size. (readline's
 * async iterator reads ahead up to 1024 lines, which with 100 kB pages is 100 MB; measured on Node 20.)
 * A line longer than `maxLineBytes` is dropped as it streams in and reported, never buffered whole.
 */
export type Line = { number: number; text: string } | { number: number; tooLong: number };

const NEWLINE = 0x0a;

export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipped = 0; // bytes of an over-long line dropped so far
  let number = 0;

  const finish = (tail: Buffer): Line => {
    number++;
    const bytes = pendingBytes + tail.length;
    if (skipped || bytes > maxLineBytes) {
      const line: Line = { number, tooLong: (skipped || pendingBytes) + tail.length };
      skipped = 0;
      pending = [];
      pendingBytes = 0;
      return line;
    }
    const text = (pending.length ? Buffer.concat([...pending, tail], bytes) : tail).toString('utf8').replace(/\r$/, '');
    pending = [];
    pendingBytes = 0;
    return { number, text };
  };

  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      const line = finish(chunk.subarray(start, nl));
      start = nl + 1;
      yield line;
    }
    const rest = chunk.subarray(start);
    if (skipped) {
      skipped += rest.length;
    } else if (pendingBytes + rest.length > maxLineBytes) {
      skipped = pendingBytes + rest.length;
      pending = [];
      pendingBytes = 0;
    } else if (rest.length) {
      // Copied: the stream may reuse its chunk buffers.
      pending.push(Buffer.from(rest));
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes || skipped) yield finish(Buffer.alloc(0));
}
