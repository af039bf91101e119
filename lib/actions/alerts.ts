'use server';
// The saved-search, watch and feed-link actions, bound to the request (definitions in lib/server/actions/alerts.ts).
import {
  deleteSavedSearchDefinition,
  renameSavedSearchDefinition,
  resetFeedLinksDefinition,
  saveSearchDefinition,
  setDigestDefinition,
  watchCaseDefinition,
} from '../server/actions/alerts';
import { inRequest } from './in-request';

export const saveSearchAction = inRequest(saveSearchDefinition);
export const renameSavedSearchAction = inRequest(renameSavedSearchDefinition);
export const deleteSavedSearchAction = inRequest(deleteSavedSearchDefinition);
export const watchCaseAction = inRequest(watchCaseDefinition);
export const resetFeedLinksAction = inRequest(resetFeedLinksDefinition);
export const setDigestAction = inRequest(setDigestDefinition);
