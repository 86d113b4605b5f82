import { illustrationsFolder, readmeName } from '../desk/illustrations';

/** One image the press kit lists: its name inside the archive, its bytes as served, and the credits it shows (per language). */
export interface ListedImage {
  name: string;
  bytes: Uint8Array;
  credits: readonly string[];
}

/**
 * What is wrong with an unpacked illustrations archive (path → bytes), measured against the images the press kit
 * lists: an image missing or with other bytes, a file the kit does not list, no README.txt, or a README that does
 * not name a file or give its credit in the lines under it. Empty when the archive is right. Used by the unit test
 * (unpacked by fflate) and the HTTP test (unpacked by Python's zipfile), each with its negative controls.
 */
export function archiveProblems(entries: ReadonlyMap<string, Uint8Array>, listed: readonly ListedImage[]): string[] {
  const problems: string[] = [];
  const path = (name: string) => `${illustrationsFolder}/${name}`;
  const known = new Set([path(readmeName), ...listed.map((l) => path(l.name))]);
  for (const image of listed) {
    const got = entries.get(path(image.name));
    if (!got) problems.push(`missing ${path(image.name)}`);
    else if (!Buffer.from(got).equals(Buffer.from(image.bytes))) problems.push(`${path(image.name)} differs from the listed file`);
  }
  for (const name of entries.keys()) if (!known.has(name) && !name.endsWith('/')) problems.push(`${name} is not listed in the press kit`);
  const readme = entries.get(path(readmeName));
  if (!readme) return [...problems, `missing ${path(readmeName)}`];
  const lines = new TextDecoder().decode(readme).split(/\r?\n/);
  for (const image of listed) {
    // Each language's block names the file on a numbered line, then its title, credit and licence.
    const starts = lines.flatMap((line, i) => (new RegExp(`^\\d+\\. ${image.name.replace(/[.]/g, '\\.')}$`).test(line) ? [i] : []));
    if (starts.length < 2) problems.push(`${readmeName} names ${image.name} ${starts.length} time(s), not once per language`);
    for (const credit of image.credits)
      if (!starts.some((i) => lines.slice(i + 1, i + 4).some((line) => line.includes(credit))))
        problems.push(`${readmeName} does not give the credit of ${image.name} (“${credit}”)`);
  }
  return problems;
}
