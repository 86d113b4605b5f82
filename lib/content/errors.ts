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
