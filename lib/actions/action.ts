// Server actions are wrapped once: authorize → parse with the form's zod schema → run → map
// refusals to a message the form shows. Input is echoed back so a failed save loses nothing.
import 'server-only';
import { z } from 'zod';
import { authorize, type CurrentUser } from '../auth/guards';
import { AppError } from '../errors';
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

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password/i.test(key)) values[key] = value.slice(0, 10_000);
  }
  return values;
}

export function authedAction<S extends z.ZodType>(
  role: Role,
  schema: S,
  run: (input: z.output<S>, user: CurrentUser) => Promise<ActionState | void>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    // A hand-made request can send anything in place of the form: refuse it, never a 500.
    if (!(formData instanceof FormData)) return { code: 'INVALID_REQUEST', message: 'The request is not valid.' };
    const values = formValues(formData);
    try {
      const user = await authorize(role);
      const parsed = schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) {
        return { code: 'INVALID_REQUEST', message: 'Check the highlighted fields.', errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, values };
      }
      return { ok: true, ...(await run(parsed.data, user)) };
    } catch (error) {
      if (error instanceof AppError) return { code: error.code, message: error.message, values };
      if ((error as { code?: unknown } | null)?.code === 'P2025') return { code: 'NOT_FOUND', message: 'That record no longer exists.', values };
      console.error(error);
      return { code: 'INTERNAL', message: 'The change could not be saved. Nothing was changed; try again.', values };
    }
  };
}
