// BENCHMARKS.md is written by more than one script: `npm run bench` owns the file, other scripts
// (`npm run bench:extract`) and hand-kept figures own sections of it between
// <!-- keep:NAME --> and <!-- /keep:NAME -->. Each writer keeps what the others wrote.
import fs from 'node:fs';

const KEPT = /<!-- keep:([\w-]+) -->[\s\S]*?<!-- \/keep:\1 -->/g;

/** Every kept section of the file, in order, markers included. */
export function keptSections(file: string): string[] {
  const markdown = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return [...markdown.matchAll(KEPT)].map((match) => match[0]);
}

/** The file's text with section `name` replaced by `body` (or appended when it has none). */
export function withKeptSection(file: string, name: string, body: string): string {
  const markdown = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const section = `<!-- keep:${name} -->\n${body.trim()}\n<!-- /keep:${name} -->`;
  const existing = [...markdown.matchAll(KEPT)].find((match) => match[1] === name);
  if (!existing) return `${markdown.trimEnd()}\n\n${section}\n`;
  return markdown.slice(0, existing.index) + section + markdown.slice(existing.index! + existing[0].length);
}
