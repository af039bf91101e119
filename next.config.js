// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds side by side (parallel test runs, benchmarks) each get their own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite loads its WebAssembly from its own package folder: bundling it breaks that path.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2'],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
