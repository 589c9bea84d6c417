/** The CLI's exit codes, documented in USAGE and the README. */
export const EXIT = Object.freeze({
  OK: 0,
  /** An input or a record failed; it was reported and the others still ran. */
  INPUT_FAILED: 1,
  USAGE: 2,
  /** The run could not start or finish: memory file or input stream unreadable, memory file unwritable. */
  RUN_FAILED: 3,
});

/** An error that stops the whole run (exit code 3), as opposed to one input failing. */
export class RunError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RunError';
  }
}
