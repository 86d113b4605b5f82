/** Types of patch-next.mjs (plain JavaScript, so that `postinstall` needs nothing but Node). */
export type Insertion = { name: string; anchor: string; code: string; where: 'after' | 'before' | 'end' };
export const marker: string;
export const headersKey: string;
export const nextPatches: Record<string, Insertion[]>;
export function strip(source: string): string;
export function anchorPattern(anchor: string): RegExp;
export function patchSource(source: string, insertions: readonly Insertion[], file: string): string;
export function nextRoot(): string;
export function applyNextPatch(root?: string): string[];
export function nextPatchProblems(root: string): string[];
