// How the app's Prisma clients are made: one set of options, so every client (primary, replicas,
// PGlite) behaves alike. The password hash is left out of every User read unless a query asks for
// it by name (`select: { passwordHash: true }`), so no page or export can leak it by accident.
import type { PrismaPg } from '@prisma/adapter-pg';
import type { ITXClientDenyList } from '@prisma/client/runtime/client';
import { PrismaClient, type Prisma } from '../generated/prisma/client';

export const CLIENT_OMIT = { user: { passwordHash: true } } as const satisfies Prisma.GlobalOmitConfig;

/** The app's database client. */
export type Db = PrismaClient<never, typeof CLIENT_OMIT>;
/**
 * The client inside `db.$transaction(async (tx) => …)`. Prisma types the callback's client without
 * the omission (its own `TransactionClient`), but it omits at run time as its parent does: this type
 * says so, so a read of the hash inside a transaction does not type-check either.
 */
export type Tx = Omit<Db, ITXClientDenyList>;

export function createClient(adapter: PrismaPg): Db {
  return new PrismaClient({ adapter, omit: CLIENT_OMIT });
}

/** Either: for code that runs inside a transaction or outside one. */
export type Client = Db | Tx;
