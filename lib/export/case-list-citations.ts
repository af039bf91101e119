// The cases of a list view as one citation file (BibTeX, RIS, CSL-JSON or text in a style), written
// batch by batch as the list's ids arrive, so a list of any length streams in constant memory.
import 'server-only';
import { toCslItem } from '../citations/csl-item';
import { citationFileWriter } from '../citations/formats';
import type { CitationFormat, CitationStyle } from '../citations/options';
import type { Db } from '../db/client';
import { readCitableCases } from '../server/cases/citable-cases';

export type CitationFileOptions = { format: CitationFormat; style: CitationStyle; baseUrl: string; accessed: string };

export async function* caseListCitations(db: Db, idBatches: AsyncIterable<string[]>, options: CitationFileOptions): AsyncGenerator<string> {
  const writer = citationFileWriter(options.format, options.style);
  yield writer.start();
  for await (const ids of idBatches) {
    const cases = await readCitableCases(db, ids);
    yield writer.batch(cases.map((c) => toCslItem(c, { url: `${options.baseUrl}/cases/${c.id}`, accessed: options.accessed })));
  }
  yield writer.end();
}
