// npm run user:create -- --email E --role admin|editor|viewer [--password P] [--update]
import { parseArgs } from 'node:util';
import { AppError } from '../lib/errors';
import { createUser, updateUser } from '../lib/server/users';
import { roleSchema } from '../lib/validations/auth';
import { createUserSchema, newPasswordSchema } from '../lib/validations/password';
import { CliError, CliUsageError, runWithDatabase } from './cli';

const USAGE = 'usage: npm run user:create -- --email EMAIL --role admin|editor|viewer [--password PASSWORD] [--update]';

void runWithDatabase(async (db) => {
  let values;
  try {
    ({ values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' }, update: { type: 'boolean' } } }));
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.email || (!values.role && !values.update)) throw new CliUsageError(USAGE);

  if (values.update) {
    const role = values.role ? roleSchema.safeParse(values.role.toUpperCase()) : null;
    if (role && !role.success) throw new CliUsageError(`--role must be admin, editor or viewer.\n${USAGE}`);
    const password = values.password !== undefined ? newPasswordSchema.safeParse(values.password) : null;
    if (password && !password.success) throw new CliError(password.error.issues[0]!.message);
    const user = await updateUser(db.prisma, values.email.trim().toLowerCase(), { role: role?.data, password: password?.data }).catch(toCliError);
    console.log(`updated ${user.email} (${user.role})`);
    return;
  }

  const parsed = createUserSchema.safeParse({ email: values.email, role: values.role?.toUpperCase(), password: values.password ?? '' });
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  const { user, generatedPassword } = await createUser(db.prisma, parsed.data).catch(toCliError);
  console.log(`created ${user.email} (${user.role})`);
  if (generatedPassword) console.log(`password: ${generatedPassword}`);
});

function toCliError(error: unknown): never {
  if (error instanceof AppError) throw new CliError(error.code === 'CONFLICT' ? `${error.message} Use --update to change its role or password.` : error.message);
  throw error;
}
