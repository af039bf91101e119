// The saved-search, watch and feed-link actions' definitions; lib/actions/alerts.ts makes them server actions.
import 'server-only';
import { z } from 'zod';
import { formAction } from '../../actions/action';
import { AppError } from '../../errors';
import { caseIdSchema } from '../../validations/case-id';
import { savedSearchNameSchema, saveSearchSchema } from '../../validations/saved-search';
import { resetFeedToken } from '../alerts/feed-token';
import { deleteSavedSearch, renameSavedSearch, saveSearch } from '../alerts/saved-searches';
import { setDigest } from '../alerts/digest';
import { unwatchCase, watchCase } from '../alerts/watches';

const savedSearchId = z.uuid('That saved search does not exist.');

export const saveSearchDefinition = formAction('VIEWER', saveSearchSchema, async (input, { user, db, revalidatePath }) => {
  const saved = await saveSearch(db, user.id, input);
  revalidatePath('/searches');
  return { message: `Saved as “${saved.name}”. Its feed and what is new are under Saved searches.` };
});

export const renameSavedSearchDefinition = formAction('VIEWER', z.object({ id: savedSearchId, name: savedSearchNameSchema }), async ({ id, name }, { user, db, revalidatePath }) => {
  await renameSavedSearch(db, user.id, id, name);
  revalidatePath('/searches');
  return { message: `Renamed to “${name}”.` };
});

export const deleteSavedSearchDefinition = formAction('VIEWER', z.object({ id: savedSearchId }), async ({ id }, { user, db, revalidatePath }) => {
  await deleteSavedSearch(db, user.id, id);
  revalidatePath('/searches');
  return { message: 'Saved search deleted; its feed address no longer works.' };
});

const watchSchema = z.object({ caseId: caseIdSchema, watch: z.enum(['on', 'off'], { error: 'watch is on or off.' }) });

export const watchCaseDefinition = formAction('VIEWER', watchSchema, async ({ caseId, watch }, { user, db, revalidatePath }) => {
  if (watch === 'on') await watchCase(db, user.id, caseId);
  else if (!(await unwatchCase(db, user.id, caseId))) throw new AppError('NOT_FOUND', 'You do not watch this case.');
  revalidatePath(`/cases/${caseId}`);
  revalidatePath('/searches');
  return { message: watch === 'on' ? 'Watching: its changes show under Saved searches and in your watched-cases feed.' : 'No longer watching this case.' };
});

/** A confirmation field, so that nothing but the page's own form resets the links. */
const resetSchema = z.object({ confirm: z.literal('reset', { error: 'Confirm the reset.' }) });

export const resetFeedLinksDefinition = formAction('VIEWER', resetSchema, async (_input, { user, db, revalidatePath }) => {
  await resetFeedToken(db, user.id);
  revalidatePath('/searches');
  return { message: 'Feed links reset: the old addresses stop working. Copy the new ones into your feed reader.' };
});

export const setDigestDefinition = formAction('VIEWER', z.object({ digest: z.enum(['on', 'off'], { error: 'digest is on or off.' }) }), async ({ digest }, { user, db, revalidatePath }) => {
  await setDigest(db, user.id, digest === 'on');
  revalidatePath('/searches');
  return { message: digest === 'on' ? 'You will get a daily e-mail when your saved searches or watched cases have something new.' : 'Daily e-mail turned off.' };
});
