// The production build under test: building it, starting and stopping servers, signing in.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { DIST_DIR, EMAIL, log, PASSWORD, SECRET } from './config';

export function build(): number {
  const started = performance.now();
  log(`building the production app into ${DIST_DIR} …`);
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, COVENANT_BENCH_PAGES: '1' } });
  return (performance.now() - started) / 1000;
}

export async function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: url, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://127.0.0.1:${port}`, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopServer(child);
  throw new Error(`The server on port ${port} did not start.`);
}

export function stopServer(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

export async function signIn(port: number, email = EMAIL): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: 'true' }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error('Signing in failed.');
  return session;
}

export function createUser(url: string) {
  execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/user-create.ts', '--email', EMAIL, '--role', 'viewer', '--password', PASSWORD], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}


/** The processes of the server's group (npx → next → workers). */
export function groupPids(child: ChildProcess): number[] {
  return execFileSync('ps', ['-o', 'pid=', '-g', String(child.pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
}

export const PAGE_MB = 4096 / 1024 / 1024;

/** Their resident memory in MB, read from /proc without blocking: a process gone meanwhile counts 0. */
export async function rssMb(pids: number[]): Promise<number> {
  const pages = await Promise.all(pids.map((pid) => fs.promises.readFile(`/proc/${pid}/statm`, 'utf8').then((statm) => Number(statm.split(' ')[1]), () => 0)));
  return pages.reduce((sum, n) => sum + n, 0) * PAGE_MB;
}

