/** Thrown when an input is larger than `options.maxInputBytes`. */
export class InputTooLargeError extends RangeError {
  readonly bytes: number;
  readonly limit: number;
  constructor(fn: string, bytes: number, limit: number) {
    super(`deboiler.${fn}(): input is ${bytes} bytes, over the maxInputBytes limit of ${limit}; raise options.maxInputBytes to accept it`);
    this.name = 'InputTooLargeError';
    this.bytes = bytes;
    this.limit = limit;
  }
}

/** A short description of a value for error messages: its type, and for objects their constructor. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    return name && name !== 'Object' ? `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}` : 'an object';
  }
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}
