/**
 * Every content failure names the file, the line where it is known, and the field, so that an editor can fix
 * it without reading code. The build stops on the first one (see `loadSite`).
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Line (1-based) of `key:` inside a YAML/JSON text, for pointing at a field. */
export function lineOf(text: string, key: string, from = 0): number | undefined {
  const lines = text.split('\n');
  const pattern = new RegExp(`^\\s*"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*:`);
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i] ?? '')) return i + 1;
  return undefined;
}
