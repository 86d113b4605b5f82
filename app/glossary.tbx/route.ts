import { tbxResponse } from '@/lib/desk/responses';

/** `/glossary.tbx`: the glossary for terminology tools (lib/desk/tbx.ts), beside /glossary.csv and /glossary.json. */
export const dynamic = 'force-static';
export const GET = tbxResponse;
