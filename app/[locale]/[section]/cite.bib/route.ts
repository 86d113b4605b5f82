import { citeFile, citeFileParams } from '@/lib/cite/download';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = citeFileParams;

export function GET(_request: Request, { params }: { params: Promise<{ locale: string; section: string }> }) {
  return citeFile('bib', params);
}
