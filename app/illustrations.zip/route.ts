import { illustrationsZipResponse } from '@/lib/desk/responses';

/** `/illustrations.zip`: every illustration of the press kit with a bilingual credits file (lib/desk/illustrations.ts). */
export const dynamic = 'force-static';
export const GET = illustrationsZipResponse;
