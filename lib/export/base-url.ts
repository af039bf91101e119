// The address people reach the app at, for links inside exported files.
import { readEnv } from '../env';

export function appBaseUrl(request: Request): string {
  const configured = readEnv().NEXTAUTH_URL;
  return (configured ?? new URL(request.url).origin).replace(/\/+$/, '');
}
