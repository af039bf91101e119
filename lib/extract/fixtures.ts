// The fixtures in lib/extract/fixtures: a text and its expected facts (for tests and the benchmark).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Expected } from './score';

export type Fixture = { name: string; text: string; expected: Expected };

export const FIXTURE_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');

export function loadFixtures(dir = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      return { name, text: readFileSync(path.join(dir, file), 'utf8'), expected: JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Expected };
    });
}
