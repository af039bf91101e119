// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds side by side (parallel test runs, benchmarks) each get their own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm run bench` builds its floor page (app/(app)/bench-floor/page.bench.tsx) into its own
  // folder; the production build leaves it out.
  pageExtensions: [...(process.env.COVENANT_BENCH_PAGES === '1' ? ['bench.tsx'] : []), 'tsx', 'ts', 'jsx', 'js'],
  // PGlite loads its WebAssembly from its own package folder: bundling it breaks that path.
  // PDFKit reads its own data files from its package folder, the same way.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2', 'pdfkit', 'exceljs'],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403.
  // proxyClientMaxBodySize stays at Next's default (10 MB): the proxy copies each request body it
  // runs for into memory, signed in or not. It must stay above serverActions.bodySizeLimit, so that
  // proxy.ts can count a chunked action body past that limit.
  experimental: {
    authInterrupts: true,
    // Room for a whole case plus an oversized field, so the schema (not the framework) refuses it with a message.
    serverActions: { bodySizeLimit: '4mb' },
  },
};

module.exports = nextConfig;
