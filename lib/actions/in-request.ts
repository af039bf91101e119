// The caller of a server action inside a request: the signed-in user from the session, the app's
// database, Next's revalidation and the read-your-writes cookie. The 'use server' modules bind each
// action definition (lib/server/actions) to it; nothing else does.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getCurrentUser } from '../auth/guards';
import { clientAddress } from '../auth/throttle';
import { getPrisma } from '../db';
import { markOwnWrite } from '../db/replicas';
import { readEnv } from '../env';
import type { Action, ActionCaller } from './action';

async function requestCaller(): Promise<ActionCaller> {
  const [user, db, requestHeaders] = await Promise.all([getCurrentUser(), getPrisma(), headers()]);
  return {
    user,
    db,
    clientAddress: clientAddress(requestHeaders.get('x-forwarded-for') ?? undefined, readEnv().TRUSTED_PROXY_HOPS),
    revalidatePath: (path) => revalidatePath(path),
    afterWrite: () => markOwnWrite(),
  };
}

/** The server action of a definition: what a 'use server' module exports. */
export function inRequest<Args extends unknown[], R>(action: Action<Args, R>): (...args: Args) => Promise<R> {
  return async (...args) => action.perform(requestCaller, ...args);
}
