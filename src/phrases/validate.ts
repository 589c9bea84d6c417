import { ARTICLE_KINDS } from '../types.js';
import { compilePattern, patternKey } from './compile.js';
import type { PhraseFile } from './define.js';

const LANG = /^[a-z]{2,3}$/;
const GROUP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class PhraseDataError extends Error {
  constructor(problems: string[]) {
    super(`Phrase data is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'PhraseDataError';
  }
}

/** Lists every problem in the data instead of stopping at the first, so one run shows them all. */
export function phraseDataProblems(files: readonly PhraseFile[]): string[] {
  const problems: string[] = [];
  const seenFiles = new Set<string>();
  for (const file of files) {
    const where = `${file.lang}/${file.kind}`;
    if (!LANG.test(file.lang)) problems.push(`${where}: language "${file.lang}" is not an ISO 639 code`);
    if (!(ARTICLE_KINDS as readonly string[]).includes(file.kind)) problems.push(`${where}: unknown kind`);
    if (seenFiles.has(where)) problems.push(`${where}: declared twice`);
    seenFiles.add(where);
    if (!file.groups.length) problems.push(`${where}: has no groups`);
    const ids = new Set<string>();
    const patterns = new Map<string, string>();
    for (const group of file.groups) {
      if (!GROUP_ID.test(group.id)) problems.push(`${where}: group id "${group.id}" is not kebab-case`);
      if (ids.has(group.id)) problems.push(`${where}: group id "${group.id}" is used twice`);
      ids.add(group.id);
      if (!group.patterns.length) problems.push(`${where}#${group.id}: has no patterns`);
      for (const pattern of group.patterns) {
        try {
          const key = patternKey(compilePattern(pattern));
          const other = patterns.get(key);
          if (other !== undefined) problems.push(`${where}#${group.id}: "${pattern}" repeats a pattern of group "${other}"`);
          patterns.set(key, group.id);
        } catch (error) {
          problems.push(`${where}#${group.id}: ${(error as Error).message}`);
        }
      }
    }
  }
  return problems;
}

export function validatePhraseData(files: readonly PhraseFile[]): void {
  const problems = phraseDataProblems(files);
  if (problems.length) throw new PhraseDataError(problems);
}
