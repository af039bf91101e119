import { getDatabase } from '@/lib/db';

export async function SiteFooter() {
  const { label } = await getDatabase();
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-3 text-xs text-muted sm:px-6">
        <span>Covenant — a research record of non-compete disputes</span>
        <span>Database: {label}</span>
      </div>
    </footer>
  );
}
