import { describe, expect, it } from 'vitest';
import { contentDisposition } from './file-name';

const fullName = (header: string) => decodeURIComponent(header.split("UTF-8''")[1]!);

describe('contentDisposition', () => {
  it('strips bidirectional controls, so a download shows the name it has', () => {
    const controls = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) {
      const header = contentDisposition(`report${control}fdp.exe 常程`, 'pdf');
      expect(fullName(header), `U+${control.codePointAt(0)!.toString(16)}`).toBe('reportfdp.exe 常程.pdf');
    }
    expect(contentDisposition('\u202e\u2066', 'pdf')).toBe(`attachment; filename="case.pdf"; filename*=UTF-8''case.pdf`);
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const header = contentDisposition('a' + '𝔘'.repeat(100), 'pdf');
    expect(fullName(header)).toBe('a' + '𝔘'.repeat(79) + '.pdf');
  });
});
