'use client';
import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import {
  changeRoleAction,
  createUserAction,
  deactivateUserAction,
  reactivateUserAction,
  resetPasswordAction,
} from '@/lib/actions/users';
import type { Role } from '@/lib/generated/prisma/enums';
import { ROLE_LABELS } from '@/lib/labels';
import { PASSWORD_MIN_LENGTH } from '@/lib/validations/auth';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

function RoleSelect({ id, defaultValue, label }: { id: string; defaultValue: Role; label: string }) {
  return (
    <select id={id} name="role" defaultValue={defaultValue} aria-label={label} className="rounded border border-slate-400 bg-white px-2 py-1 text-sm">
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, {});
  return (
    <form action={action} className="grid gap-3 rounded border border-line bg-white p-4 sm:grid-cols-2">
      <Field name="email" label="Email" type="email" defaultValue={state.ok ? '' : state.values?.email} errors={state.errors?.email} required />
      <Field name="name" label="Name (optional)" defaultValue={state.ok ? '' : state.values?.name} errors={state.errors?.name} />
      <div className="space-y-1">
        <label htmlFor="new-user-role" className="block text-sm font-medium">
          Role
        </label>
        <RoleSelect id="new-user-role" defaultValue={(state.values?.role as Role) ?? 'VIEWER'} label="Role" />
      </div>
      <Field
        name="password"
        label="Password (optional)"
        type="password"
        autoComplete="new-password"
        hint={`Leave empty to generate a one-time password they must change. Otherwise at least ${PASSWORD_MIN_LENGTH} characters, and not a common password or pattern.`}
        errors={state.errors?.password}
      />
      <div className="sm:col-span-2 space-y-2">
        <FormMessage state={state} />
        <SubmitButton>Create account</SubmitButton>
      </div>
    </form>
  );
}

export function UserRowActions({ userId, email, role, active }: { userId: string; email: string; role: Role; active: boolean }) {
  const [roleState, roleAction] = useActionState(changeRoleAction, {});
  const [activeState, activeAction] = useActionState(active ? deactivateUserAction : reactivateUserAction, {});
  const [resetState, resetAction] = useActionState(resetPasswordAction, {});
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={roleAction} className="flex items-center gap-1">
          <input type="hidden" name="userId" value={userId} />
          <RoleSelect id={`role-${userId}`} defaultValue={role} label={`Role of ${email}`} />
          <SubmitButton tone="secondary">Save role</SubmitButton>
        </form>
        <form action={activeAction}>
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton tone="secondary">{active ? 'Deactivate' : 'Reactivate'}</SubmitButton>
        </form>
        <form action={resetAction}>
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton tone="secondary">Reset password</SubmitButton>
        </form>
      </div>
      <FormMessage state={roleState} />
      <FormMessage state={activeState} />
      <FormMessage state={resetState} />
    </div>
  );
}
