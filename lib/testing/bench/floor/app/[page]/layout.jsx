import { floorPages } from './pages';

export const dynamicParams = false;

/** A root layout with nothing in it but the document: no CSS, no client components, no fonts. */
export default async function Layout({ children, params }) {
  const { page } = await params;
  return (
    <html lang={floorPages()[page]?.lang ?? 'en'}>
      <body>{children}</body>
    </html>
  );
}
