// @ts-check

// On every response, static files and the proxy's own answers included. Where proxy.ts runs (pages,
// API answers) its Content-Security-Policy, with the page's nonce, replaces this one; this one is
// for what the proxy does not run for (static files, /api/backup): nothing there is a page.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
];
// `next start` serves plain http: https ends at a reverse proxy, which says so in X-Forwarded-Proto.
const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };

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
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [HSTS] },
    ];
  },
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
