import type { ReactNode } from 'react';

/** The real root layout is app/[locale]/layout.tsx (it sets <html lang>); this one lets app/not-found.tsx exist. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
