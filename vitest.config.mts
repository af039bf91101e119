import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure functions, no I/O) and `db` (real PGlite and real PostgreSQL).
const __dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // `server-only` throws outside React Server Components; tests run server code directly.
      'server-only': path.resolve(__dirname, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['lib/**/*.test.ts', 'components/**/*.test.ts'], exclude: ['**/*.db.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['lib/**/*.db.test.ts', 'scripts/**/*.db.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite is single-process and each file opens its own; keep memory and CPU bounded on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
