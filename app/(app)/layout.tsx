import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getCurrentUser, roleAllows } from '@/lib/auth/guards';
import { getDatabase } from '@/lib/db';

// Every page reads the database or the session: never prerender at build time.
export const dynamic = 'force-dynamic';

// Layouts do not guard (they do not re-run on every navigation): each page calls its own guard.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const [user, database] = await Promise.all([getCurrentUser(), getDatabase()]);
  const engine = database.embedded ? 'embedded PGlite' : 'PostgreSQL';
  // Where the data lives (host, database, folder) is for admins, not for every reader.
  const detail = user && roleAllows(user.role, 'ADMIN') ? database.location : undefined;
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
      <SiteFooter database={{ engine, detail }} />
    </div>
  );
}
