// A saved search as its forms send it: a name and a /cases query string.
import { z } from 'zod';
import { caseQueryString, parseCaseQueryStrict } from './case-query';
import { NO_NUL, NUL_MESSAGE } from './text';

export const SAVED_SEARCH_NAME_MAX = 100;
const QUERY_MAX_LENGTH = 4000;

export const savedSearchNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the search a name.' })
  .max(SAVED_SEARCH_NAME_MAX, { error: `A name is at most ${SAVED_SEARCH_NAME_MAX} characters.` })
  .regex(NO_NUL, { error: NUL_MESSAGE });

/** The list's query string, parsed strictly and written back canonically, without a page cursor. */
export const savedSearchQuerySchema = z
  .string()
  .max(QUERY_MAX_LENGTH, { error: 'This view is too long to save.' })
  .transform((text, ctx) => {
    const parsed = parseCaseQueryStrict(new URLSearchParams(text.replace(/^\?/, '')));
    if (!parsed.ok) {
      for (const issue of parsed.issues) ctx.addIssue({ code: 'custom', message: `${issue.param}: ${issue.message}` });
      return z.NEVER;
    }
    return caseQueryString(parsed.query, { cursor: null });
  });

export const saveSearchSchema = z.object({ name: savedSearchNameSchema, query: savedSearchQuerySchema });
