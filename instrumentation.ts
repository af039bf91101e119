// Runs once when a server process starts (not during `next build`): opens and migrates the
// database before the first request, so a wrong DATABASE_URL stops the server at once.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('./lib/server-start');
  await startServer();
}
