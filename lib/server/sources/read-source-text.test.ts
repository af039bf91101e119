// What a researcher's file or paste becomes as a source's text, and the messages for what cannot be one.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { SOURCE_UPLOAD_MAX_BYTES } from '../../validations/source-text';
import { readPastedText, readSourceFile, sniffKind } from './read-source-text';

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}
const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a source text', () => {
  it("reads a PDF's text layer", async () => {
    const file = await pdf((doc) => doc.text('Lenovo filed an arbitration in June 2020.'));
    expect(await readSourceFile(file, 'report.pdf', 'application/pdf')).toEqual({ text: 'Lenovo filed an arbitration in June 2020.', contentType: 'application/pdf' });
  });

  it('refuses a PDF without a text layer, and a damaged one, with what to do', async () => {
    const scan = await pdf((doc) => doc.rect(10, 10, 200, 200).fill());
    await expect(readSourceFile(scan, 'scan.pdf', null)).rejects.toThrow(/no text layer .*OCR/);
    await expect(readSourceFile(scan.slice(0, 40), 'cut.pdf', null)).rejects.toThrow('This PDF file could not be read');
  });

  it("keeps an HTML page's article with its paragraphs and drops its menus and scripts", async () => {
    const paragraph = 'The arbitration commission heard the case of Lenovo against Chang Cheng, who had joined Xiaomi. '.repeat(3);
    const page = `<!doctype html><html><head><title>Chang Cheng leaves</title><script>var x = 1;</script></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Chang Cheng leaves</h1><p>${paragraph}</p><p>联想集团申请劳动仲裁，要求常程返还股权激励。</p></article>
      <footer>© Site</footer></body></html>`;
    const { text, contentType } = await readSourceFile(bytes(page), 'page.html', 'text/html');
    expect(contentType).toBe('text/html');
    expect(text).toContain(`${paragraph.trim()}\n\n联想集团申请劳动仲裁，要求常程返还股权激励。`);
    expect(text.startsWith('Chang Cheng leaves')).toBe(true);
    expect(text).not.toMatch(/var x|Home|© Site/);
  });

  it('reads plain text in UTF-8 or UTF-16 and tidies its line ends', async () => {
    expect((await readSourceFile(bytes('\uFEFFFirst line.  \r\n\r\n\r\n\r\nSecond 第二.\r\n'), 'a.txt', 'text/plain')).text).toBe('First line.\n\nSecond 第二.');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'常程 left.'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect((await readSourceFile(utf16, 'b.txt', null)).text).toBe('常程 left.');
  });

  it('refuses an empty, binary, oversized or blank file, and an empty paste, each with its message', async () => {
    await expect(readSourceFile(new Uint8Array(0), 'a.txt', null)).rejects.toThrow('This file is empty');
    await expect(readSourceFile(bytes('   \n\t '), 'a.txt', null)).rejects.toThrow('This file is empty');
    await expect(readSourceFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff]), 'a.png', null)).rejects.toThrow('This file is not text');
    await expect(readSourceFile(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'a.zip', null)).rejects.toThrow('This file is not text');
    await expect(readSourceFile(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'a.docx', null)).rejects.toThrow('This Word file could not be read');
    await expect(readSourceFile(new Uint8Array(SOURCE_UPLOAD_MAX_BYTES + 1), 'big.txt', null)).rejects.toThrow('This file is 20.1 MB; at most 20 MB are accepted.');
    expect(() => readPastedText(' \n ')).toThrow('Paste the text of the article or judgment first.');
    expect(() => readPastedText('a\u0000b')).toThrow('This file is not text');
  });

  it('tells the kind by the first bytes, not by the name', () => {
    expect(sniffKind(bytes('%PDF-1.7'), 'report.txt', 'text/plain')).toBe('application/pdf');
    expect(sniffKind(bytes('<html><body>x</body></html>'), 'page.txt', null)).toBe('text/html');
    expect(sniffKind(bytes('plain words'), 'notes.html', null)).toBe('text/html');
    expect(sniffKind(bytes('plain words'), null, null)).toBe('text/plain');
  });
});
