import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/rules/registry.js';
import { KINDS } from '../../src/types.js';

const RULES_DIR = join(__dirname, '..', '..', 'src', 'rules');

describe('rule registry', () => {
  it('has unique ids of the form kind/name, each with a known kind, a description and examples', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BUILTIN_RULES) {
      expect(r.id.startsWith(`${r.kind}/`), r.id).toBe(true);
      expect(KINDS).toContain(r.kind);
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.examples?.kept && r.examples.removed, `${r.id} lacks examples`).toBeTruthy();
    }
  });

  it('registers every rule file, and every rule has a valid/invalid test table beside its path', () => {
    const files: string[] = [];
    for (const kind of readdirSync(RULES_DIR, { withFileTypes: true })) {
      if (!kind.isDirectory()) continue;
      for (const f of readdirSync(join(RULES_DIR, kind.name))) if (f.endsWith('.ts')) files.push(`${kind.name}/${f.replace(/\.ts$/, '')}`);
    }
    expect(files.sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
    for (const id of files) expect(existsSync(join(__dirname, `${id}.test.ts`)), `tests/rules/${id}.test.ts`).toBe(true);
  });
});
