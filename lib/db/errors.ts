/** A problem a person must fix (wrong URL, folder in use): shown as one line, without a stack trace. */
export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
}

/** Turns a driver's connection failure into a sentence that names the host and what to check. */
export function describeConnectionFailure(connectionString: string, error: unknown): DatabaseSetupError {
  let host = 'the database server';
  try {
    const url = new URL(connectionString);
    host = `${url.hostname}:${url.port || '5432'}`;
  } catch {
    return new DatabaseSetupError(
      'DATABASE_URL is not a valid URL; expected postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE.',
    );
  }
  const code = (error as { code?: string }).code;
  const hint =
    code === 'ECONNREFUSED'
      ? 'is the server running and accepting TCP connections?'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'the host name does not resolve; check DATABASE_URL.'
        : code === '3D000'
          ? 'the database does not exist; create it first.'
          : code === '28P01' || code === '28000'
            ? 'the server refused the user or password in DATABASE_URL.'
            : (error as Error).message;
  return new DatabaseSetupError(`Cannot connect to PostgreSQL at ${host}: ${hint}`);
}
