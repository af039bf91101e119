// One check of a case id from a URL or a form: anything but a UUID is simply not a case.
import { z } from 'zod';

export const caseIdSchema = z.uuid('Unknown case.');

export const isCaseId = (value: string) => caseIdSchema.safeParse(value).success;
