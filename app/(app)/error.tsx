'use client';
import Link from 'next/link';

// Any unexpected failure while rendering a page: a plain message and a way on, never a stack trace.
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-muted">The page could not be shown. Nothing you saved was lost. Try again, or go back to the cases.</p>
      <div className="mt-4 flex gap-3 text-sm">
        <button type="button" onClick={reset} className="rounded bg-brand px-3 py-1.5 text-white">
          Try again
        </button>
        <Link href="/cases" className="py-1.5 text-brand underline">
          Back to the cases
        </Link>
      </div>
    </div>
  );
}
