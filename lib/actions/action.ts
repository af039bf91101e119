// Server actions are defined once, apart from the request they run in: authorize → parse with the
// action's zod schema → run → map every refusal to what its caller shows. An action's definition
// (`objectAction`, `formAction`) is plain server code that takes its caller — the user, the
// database, what to revalidate — as an argument: lib/actions/in-request.ts gives it the request's
// (the 'use server' modules), and the database tests give it a user and a database of their own.
import 'server-only';
import { z } from 'zod';
import { checkAccess, type Access, type CurrentUser } from '../auth/guards';
import type { Db } from '../db/client';
import { AppError, type ErrorCode } from '../errors';

export type ActionState = {
  ok?: boolean;
  message?: string;
  /** HTTP-like code of a refusal, for tests and logs. */
  code?: string;
  errors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** Shown once: a generated one-time password. */
  secret?: string;
};

/** Who calls an action and with what: the request's in the app, a test's own in the database tests. */
export type ActionCaller = {
  /** The signed-in user as the database has them now; null when signed out. */
  user: CurrentUser | null;
  db: Db;
  /** The client's address as the throttle counts it (lib/auth/throttle.ts). */
  clientAddress: string | null;
  /** Marks a page's cached render stale after a change. */
  revalidatePath: (path: string) => void;
  /** Called once an action that writes has run to its end (lib/db/replicas.ts: read your own writes). */
  afterWrite: () => Promise<void>;
};

/** What an action's `run` gets besides its input. */
export type ActionContext = Omit<ActionCaller, 'user' | 'afterWrite'> & { user: CurrentUser };

/** Why an action did not run to its end. `issues`: the input's problems; `error`: what was thrown. */
export type ActionRefusal = { code: ErrorCode | 'INTERNAL'; message: string; issues?: z.core.$ZodIssue[]; error?: unknown };

/** A defined action: who may call it, the shape of its arguments, and how it runs for a caller. */
export type Action<Args extends unknown[], R> = {
  access: Access;
  /** 'object': plain arguments from client code; 'form': (previous state, FormData) from a form. */
  takes: 'object' | 'form';
  /** The caller, or how to read it: failing to read it (the database is down) is refused like any failure. */
  perform: (caller: ActionCaller | (() => Promise<ActionCaller>), ...args: Args) => Promise<R>;
};

/**
 * An action called with one plain argument. A refusal of its own (AppError), bad input and any
 * other failure reach `refuse` with what happened, and with the parsed input when it got that far
 * (null before); an unexpected error is logged, never shown. `readOnly` actions (the editor's
 * hints) do not count as writes: setting the read-your-writes cookie makes Next re-render the page,
 * which a hint must not cause.
 */
export function objectAction<S extends z.ZodType, R>(
  access: Access,
  schema: S,
  run: (input: z.output<S>, context: ActionContext) => Promise<R>,
  refuse: (refusal: ActionRefusal, input: z.output<S> | null) => R,
  { readOnly = false }: { readOnly?: boolean } = {},
): Action<[raw: unknown], R> {
  return {
    access,
    takes: 'object',
    perform: async (callerOrRead, raw) => {
      let input: z.output<S> | null = null;
      try {
        const caller = typeof callerOrRead === 'function' ? await callerOrRead() : callerOrRead;
        const user = checkAccess(caller.user, access);
        const parsed = schema.safeParse(raw);
        if (!parsed.success) return refuse({ code: 'INVALID_REQUEST', message: 'Check the highlighted fields.', issues: parsed.error.issues }, null);
        input = parsed.data;
        const result = await run(parsed.data, { user, db: caller.db, clientAddress: caller.clientAddress, revalidatePath: caller.revalidatePath });
        if (!readOnly) await caller.afterWrite();
        return result;
      } catch (error) {
        if (error instanceof AppError) return refuse({ code: error.code, message: error.message, error }, input);
        const prismaCode = (error as { code?: unknown } | null)?.code;
        if (prismaCode === 'P2025') return refuse({ code: 'NOT_FOUND', message: 'That record no longer exists.', error }, input);
        // A unique value already taken (an id another case uses): the input's fault, not the server's, so not logged.
        if (prismaCode === 'P2002') return refuse({ code: 'CONFLICT', message: 'A value in this request is already used by another record; nothing was saved.', error }, input);
        console.error(error);
        return refuse({ code: 'INTERNAL', message: 'The change could not be saved. Nothing was changed; try again.', error }, input);
      }
    },
  };
}

/** A refusal's details that name fields ({ "notes.0.body": [message] }), as domain functions give them. */
export const isFieldErrors = (details: unknown): details is Record<string, string[]> => z.record(z.string(), z.array(z.string())).safeParse(details).success;

/** The field errors a refusal carries: the input's issues, or an AppError's details naming fields. */
export function refusalFieldErrors({ issues, error }: ActionRefusal, byPath: (issues: z.core.$ZodIssue[]) => Record<string, string[]>) {
  if (issues) return byPath(issues);
  if (error instanceof AppError && isFieldErrors(error.details)) return error.details;
  return undefined;
}

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password/i.test(key)) values[key] = value.slice(0, 10_000);
  }
  return values;
}

/** A form's action (useActionState): field errors by input name, and what was typed echoed back so a refusal loses nothing. */
export function formAction<S extends z.ZodType>(
  access: Access,
  schema: S,
  run: (input: z.output<S>, context: ActionContext) => Promise<ActionState | void>,
): Action<[previous: ActionState, formData: FormData], ActionState> {
  return {
    access,
    takes: 'form',
    perform: async (caller, _previous, formData) => {
      // A hand-made request can send anything in place of the form: refuse it, never a 500.
      if (!(formData instanceof FormData)) return { code: 'INVALID_REQUEST', message: 'The request is not valid.' };
      const values = formValues(formData);
      const action = objectAction(
        access,
        schema,
        async (input, context): Promise<ActionState> => ({ ok: true, ...(await run(input, context)) }),
        (refusal): ActionState => {
          const errors = refusalFieldErrors(refusal, (issues) => z.flattenError(new z.ZodError(issues)).fieldErrors as Record<string, string[]>);
          return { code: refusal.code, message: refusal.message, values, ...(errors && { errors }) };
        },
      );
      return action.perform(caller, Object.fromEntries(formData));
    },
  };
}
