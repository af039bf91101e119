import 'server-only';
import { cache } from 'react';
import { findCaseDocument } from '@/lib/server/cases/get-case';
import { orNotFound } from '@/lib/server/not-found';

/** The case of the page, or the not-found page; read once per request (metadata and page share it). */
export const getCaseDocument = cache((id: string) => orNotFound(findCaseDocument(id)));
