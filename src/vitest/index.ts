/**
 * deboiler/vitest: assertion helpers for test suites, for vitest and jest alike.
 *
 *   import { expect } from 'vitest';            // or jest's global expect
 *   import { matchers } from 'deboiler/vitest';
 *   expect.extend(matchers);
 *
 * The matchers are plain functions returning `{ pass, message }` and import nothing from vitest at
 * run time, which is what lets jest's `expect.extend` take them too.
 */
import type { Kind, Options } from '../types.js';
// Type-only, erased from the build: it brings vitest's types in for the augmentation at the end.
import type {} from 'vitest';
import { toBeFreeOfBoilerplate } from './to-be-free-of-boilerplate.js';
import { toHaveRemoved } from './to-have-removed.js';
import { toKeep } from './to-keep.js';

export type { MatcherResult } from './result.js';
export { toBeFreeOfBoilerplate, toHaveRemoved, toKeep };

/** Pass to `expect.extend()`. */
export const matchers = Object.freeze({ toBeFreeOfBoilerplate, toHaveRemoved, toKeep });

/** The matchers as they appear on `expect(value)`; reuse it to declare them for jest (see README). */
export interface DeboilerMatchers<R = unknown> {
  /** The received text or HTML has nothing detect() would remove. */
  toBeFreeOfBoilerplate(options?: Options): R;
  /** The received Result (or removed list, or findings) has a removed block of this kind. */
  toHaveRemoved(kind: Kind): R;
  /** Cleaning the received text or HTML (or the received Result) keeps this text. */
  toKeep(text: string, options?: Options): R;
}

// Vitest 3.2 and later read custom matchers from `Matchers` (Assertion and expect.* extend it);
// older versions from `Assertion` and `AsymmetricMatchersContaining`. Declaring all three covers both;
// `any` in the asymmetric one keeps it identical to `Matchers<any>`, which ExpectStatic also extends.
declare module 'vitest' {
  interface Matchers<T = any> extends DeboilerMatchers<T> {}
  interface Assertion<T = any> extends DeboilerMatchers<T> {}
  interface AsymmetricMatchersContaining extends DeboilerMatchers<any> {}
}
