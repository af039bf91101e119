// An import run as a stream of JSON lines, so the upload page can show how far a long import has
// got: `{"progress":{"written":N,"total":M}}` after each case (at most one line per 1% and the
// last), then `{"report":…}` — or `{"error":…}` when it fails unexpectedly.
import 'server-only';
import { errorBody } from '../../errors';
import type { ImportCollectionOptions, ImportReport } from './import-collection';

type OnProgress = NonNullable<ImportCollectionOptions['onProgress']>;

export const NDJSON = 'application/x-ndjson';

export function importProgressStream(run: (onProgress: OnProgress) => Promise<ImportReport>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // A client that goes away (a closed tab) stops the lines, not the import: it runs to its end
  // (all or nothing, as always), and nothing is written to the closed stream.
  let open = true;
  return new ReadableStream<Uint8Array>({
    cancel() {
      open = false;
    },
    start(controller) {
      const send = (line: unknown) => {
        if (open) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      let sentPercent = -1;
      const onProgress: OnProgress = (written, total) => {
        const percent = Math.floor((100 * written) / total);
        if (percent === sentPercent && written !== total) return;
        sentPercent = percent;
        send({ progress: { written, total } });
      };
      run(onProgress)
        .then((report) => send({ report }))
        .catch((error: unknown) => {
          console.error(error);
          send(errorBody('INTERNAL', 'The import failed on our side; nothing was written.'));
        })
        .finally(() => {
          if (open) controller.close();
        });
    },
  });
}
