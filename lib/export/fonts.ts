// The typeface of PDF exports: Noto Serif SC, shipped as TrueType files inside the npm package
// @expo-google-fonts/noto-serif-sc, so Chinese renders without any system font. It covers Latin
// as well, so one family serves the whole document. Read once per render worker and kept; PDFKit
// embeds only the glyphs a document uses (a subset of a few kilobytes).
import fs from 'node:fs';
import path from 'node:path';

const PACKAGE_DIR = ['node_modules', '@expo-google-fonts', 'noto-serif-sc'];
const FILES = { regular: '400Regular/NotoSerifSC_400Regular.ttf', bold: '700Bold/NotoSerifSC_700Bold.ttf' } as const;

export type PdfFonts = { regular: Buffer; bold: Buffer };

const store = globalThis as unknown as { covenantPdfFonts?: PdfFonts };

function packageDir(): string {
  // COVENANT_FONT_DIR: a copy of the package's files elsewhere (e.g. a trimmed deployment).
  const candidates = [process.env.COVENANT_FONT_DIR, path.join(/*turbopackIgnore: true*/ process.cwd(), ...PACKAGE_DIR)].filter(
    (dir): dir is string => !!dir,
  );
  const found = candidates.find((dir) => fs.existsSync(path.join(/*turbopackIgnore: true*/ dir, FILES.regular)));
  if (!found) {
    throw new Error(
      `The PDF font was not found (looked in ${candidates.join(', ')}). Run npm install: it comes with @expo-google-fonts/noto-serif-sc.`,
    );
  }
  return found;
}

export function pdfFonts(): PdfFonts {
  if (!store.covenantPdfFonts) {
    const dir = packageDir();
    store.covenantPdfFonts = {
      regular: fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, FILES.regular)),
      bold: fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, FILES.bold)),
    };
  }
  return store.covenantPdfFonts;
}
