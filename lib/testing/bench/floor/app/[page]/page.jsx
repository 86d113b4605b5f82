import { notFound } from 'next/navigation';
import { createElement } from 'react';
import { floorPages } from './pages';

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(floorPages()).map((page) => ({ page }));
}

export async function generateMetadata({ params }) {
  const { page } = await params;
  return { title: floorPages()[page]?.title };
}

/** The same headings and paragraphs as the site's page, as plain server-rendered elements. */
export default async function Page({ params }) {
  const { page } = await params;
  const data = floorPages()[page];
  if (!data) notFound();
  return <main>{data.blocks.map((b, i) => createElement(b.tag, { key: i }, b.text))}</main>;
}
