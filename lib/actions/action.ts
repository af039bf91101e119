// Server actions are wrapped once: authorize → parse with the action's zod schema → run → map
// every refusal to what its caller shows. `guardedAction` is that one path; the form wrapper
// (`authedAction`) and the editor's object actions are its two shapes.
import 'server-only';
import { z } from 'zod';
import { authorize, getCurrentUser, type CurrentUser } from '../auth/guards';
import { markOwnWrite } from '../db/replicas';
import { AppError, type ErrorCode } from '../errors';
import type { Role } from '../generated/prisma/enums';

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

/** Who may call: a role, or any signed-in user (also one who must still replace a one-time password). */
export type Access = Role | 'SIGNED_IN';

/** Why an action did not run to its end. `issues`: the input's problems; `error`: what was thrown. */
export type ActionRefusal = { code: ErrorCode | 'INTERNAL'; message: string; issues?: z.core.$ZodIssue[]; error?: unknown };

async function userWith(access: Access): Promise<CurrentUser> {
  if (access !== 'SIGNED_IN') return authorize(access);
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHORIZED', 'Your session has ended: sign in again.');
  return user;
}

/**
 * The one path of every server action. A refusal of its own (AppError), bad input and any other
 * failure reach `refuse` with what happened, and with the parsed input when it got that far (null
 * before); an unexpected error is logged, never shown.
 * An action that ran to its end wrote, so the user's next reads stay on the primary for a moment
 * (lib/db/replicas.ts); `readOnly` actions (the editor's hints) skip that: setting a cookie makes
 * Next re-render the page, which a hint must not cause.
 */
export function guardedAction<S extends z.ZodType, R>(
  access: Access,
  schema: S,
  run: (input: z.output<S>, user: CurrentUser) => Promise<R>,
  refuse: (refusal: ActionRefusal, input: z.output<S> | null) => R,
  { readOnly = false }: { readOnly?: boolean } = {},
): (raw: unknown) => Promise<R> {
  return async (raw) => {
    let input: z.output<S> | null = null;
    try {
      const user = await userWith(access);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return refuse({ code: 'INVALID_REQUEST', message: 'Check the highlighted fields.', issues: parsed.error.issues }, null);
      input = parsed.data;
      const result = await run(parsed.data, user);
      if (!readOnly) await markOwnWrite();
      return result;
    } catch (error) {
      if (error instanceof AppError) return refuse({ code: error.code, message: error.message, error }, input);
      if ((error as { code?: unknown } | null)?.code === 'P2025') return refuse({ code: 'NOT_FOUND', message: 'That record no longer exists.', error }, input);
      console.error(error);
      return refuse({ code: 'INTERNAL', message: 'The change could not be saved. Nothing was changed; try again.', error }, input);
    }
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
export function authedAction<S extends z.ZodType>(
  access: Access,
  schema: S,
  run: (input: z.output<S>, user: CurrentUser) => Promise<ActionState | void>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    // A hand-made request can send anything in place of the form: refuse it, never a 500.
    if (!(formData instanceof FormData)) return { code: 'INVALID_REQUEST', message: 'The request is not valid.' };
    const values = formValues(formData);
    const action = guardedAction(
      access,
      schema,
      async (input, user): Promise<ActionState> => ({ ok: true, ...(await run(input, user)) }),
      (refusal): ActionState => {
        const errors = refusalFieldErrors(refusal, (issues) => z.flattenError(new z.ZodError(issues)).fieldErrors as Record<string, string[]>);
        return { code: refusal.code, message: refusal.message, values, ...(errors && { errors }) };
      },
    );
    return action(Object.fromEntries(formData));
  };
}
