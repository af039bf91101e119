import type { Metadata } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Covenant', template: '%s · Covenant' },
  description: 'Record, study and export non-compete disputes.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page rendered per request, so each gets the nonce of its Content-Security-Policy (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
