// The bench's command line and the constants every part shares.
import { parseArgs } from 'node:util';

export const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000,100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'skip-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    port: { type: 'string', default: '3290' },
  },
});
export const SIZES = args.cases!.split(',').map((s) => Number(s.replace(/[_,]/g, ''))).filter((n) => n > 0);
export const DURATION = Number(args.duration);
export const CONNECTIONS = Number(args.connections);
export const PORT = Number(args.port);
export const DIST_DIR = '.next-bench';
export const BASE = new URL(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL_TEST ?? 'postgresql://postgres@127.0.0.1:5432/');
export const SECRET = 'bench-only-secret-not-used-anywhere-else';
export const EMAIL = 'bench@bench.test';
export const PASSWORD = 'bench password, not secret';
export const CHUNK = 2000;

if (!['localhost', '127.0.0.1', '::1'].includes(BASE.hostname)) throw new Error('The benchmark creates and drops databases: it only runs against a local server.');
export const log = (...parts: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
export const dbUrl = (name: string) => Object.assign(new URL(BASE), { pathname: `/${name}` }).toString();
