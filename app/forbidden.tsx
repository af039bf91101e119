import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">You may not open this page</h1>
      <p className="mt-2 text-muted">Your role does not include it. Ask an admin if you need access.</p>
      <Link href="/cases" className="mt-4 inline-block text-brand underline">
        Back to the cases
      </Link>
    </main>
  );
}
