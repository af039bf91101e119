import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/cases" className="text-xl font-semibold tracking-tight text-brand">
          Covenant
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            <li>
              <Link href="/cases" className="text-ink hover:text-brand hover:underline">
                Cases
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
