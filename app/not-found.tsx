import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-muted">There is nothing at this address. The case may have been deleted.</p>
      <Link href="/cases" className="mt-4 inline-block text-brand underline">
        Back to the cases
      </Link>
    </main>
  );
}
