// NUL never reaches PostgreSQL from a form: each text field refuses it with a field message.
import { describe, expect, it } from 'vitest';
import { caseDocumentSchema } from '../case-document/schema';
import lenovo from '../../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };
import { signInSchema } from './auth';
import { createUserSchema } from './password';
import { NUL_MESSAGE } from './text';

const fieldMessages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('NUL in form fields', () => {
  it('the sign-in email and the new-account fields', () => {
    expect(fieldMessages(signInSchema.safeParse({ email: 'a\u0000@example.org', password: 'x' }))).toEqual({ email: 'Enter a valid email address.' });
    expect(fieldMessages(createUserSchema.safeParse({ email: 'b@example.org\u0000', name: 'A\u0000B', role: 'VIEWER' }))).toEqual({ email: 'Enter a valid email address.', name: NUL_MESSAGE });
  });

  it('the case form: title, summary, tags, a party’s name', () => {
    const doc = structuredClone(lenovo) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    doc.title = 'Lenovo\u0000';
    doc.summary = '\u0000';
    doc.tags = ['non\u0000compete'];
    doc.parties[0].name = 'Lenovo\u0000Group';
    const messages = fieldMessages(caseDocumentSchema.safeParse(doc));
    expect(messages).toMatchObject({ title: NUL_MESSAGE, summary: NUL_MESSAGE, 'tags.0': NUL_MESSAGE, 'parties.0.name': NUL_MESSAGE });
  });
});
