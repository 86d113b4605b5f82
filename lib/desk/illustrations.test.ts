import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveName, illustrationsFolder, illustrationsReadme, illustrationsZip, readmeName, type ArchivedPhoto } from './illustrations';
import { archiveProblems, type ListedImage } from '../testing/illustrations-check';

const photo = (id: string): ArchivedPhoto => ({
  id,
  file: `photos/${id}.jpg`,
  kind: 'illustration',
  caption: { zh: `${id}（示意图）`, en: `${id} (illustration)` },
  credit: { zh: '插图：准格尔旗绿色矿山网站', en: 'Illustration: Green Mines of Zhungeer website' },
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
});
const photos = [photo('one'), photo('two')];
const bytes = (p: ArchivedPhoto) => new Uint8Array(Buffer.from(`JPEG of ${p.id} \u0000\u00ff`, 'latin1'));
const words = { heading: 'H', intro: 'I', from: 'From', title: 'Title', credit: 'Credit', licence: 'Licence' };
const zhWords = { heading: '标', intro: '说', from: '自', title: '标题', credit: '署名', licence: '许可' };
const pressUrl = { zh: 'https://x/zh/press', en: 'https://x/en/press' };
const readme = illustrationsReadme(photos, { zh: zhWords, en: words }, pressUrl);
const when = new Date('2026-12-07T12:00:00Z');
const listed: ListedImage[] = photos.map((p) => ({ name: archiveName(p), bytes: bytes(p), credits: [p.credit!.zh, p.credit!.en] }));
const unpack = (zip: Uint8Array) => new Map(Object.entries(unzipSync(zip)));

describe('the illustrations archive', () => {
  it('holds every file byte for byte, in one folder, with the README naming each with title, credit and licence', () => {
    const zip = illustrationsZip(photos, readme, bytes, when);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        `${illustrationsFolder}/`,
        `${illustrationsFolder}/${readmeName}`,
        ...photos.map((p) => `${illustrationsFolder}/${archiveName(p)}`),
      ].sort(),
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[`${illustrationsFolder}/${readmeName}`]);
    expect(text.startsWith('\uFEFF标')).toBe(true);
    for (const p of photos) {
      expect(text).toContain(`标题：${p.caption.zh}`);
      expect(text).toContain(`Title: ${p.caption.en}`);
      expect(text).toContain(`署名：${p.credit!.zh}`);
      expect(text).toContain(`Credit: ${p.credit!.en}`);
    }
    expect(text).toContain('Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(text).toContain('From: https://x/en/press');
    expect(text.indexOf('标题')).toBeLessThan(text.indexOf('Title'));
    expect(archiveProblems(unpack(zip), listed)).toEqual([]);
  });

  it('is the same bytes from the same inputs (the page states the size of what the route serves)', () => {
    expect(
      Buffer.from(illustrationsZip(photos, readme, bytes, when)).equals(Buffer.from(illustrationsZip(photos, readme, bytes, when))),
    ).toBe(true);
  });

  it('opens with Python’s zipfile, an independent reader, which lists every entry', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zip-')), 'a.zip');
    writeFileSync(file, illustrationsZip(photos, readme, bytes, when));
    const listing = execFileSync('python3', ['-m', 'zipfile', '-l', file], { encoding: 'utf8' });
    for (const p of photos) expect(listing).toContain(`${illustrationsFolder}/${archiveName(p)}`);
    expect(listing).toContain(`${illustrationsFolder}/${readmeName}`);
    expect(listing).toContain('2026-12-07');
  });

  it('refuses a photo without a credit, and two files of one name', () => {
    expect(() => illustrationsReadme([{ ...photo('x'), credit: undefined }], { zh: words, en: words }, pressUrl)).toThrow(/no credit/);
    expect(() => illustrationsZip([photo('a'), { ...photo('b'), file: 'other/a.jpg' }], readme, bytes, when)).toThrow(/both named "a.jpg"/);
  });

  it('the check reports an archive missing an image, with changed bytes, with an extra file, or without credits (negative controls)', () => {
    const short = illustrationsZip([photos[0]!], readme, bytes, when);
    expect(archiveProblems(unpack(short), listed)).toEqual([`missing ${illustrationsFolder}/two.jpg`]);
    const changed = illustrationsZip(photos, readme, (p) => (p.id === 'two' ? new Uint8Array([1, 2, 3]) : bytes(p)), when);
    expect(archiveProblems(unpack(changed), listed)).toEqual([`${illustrationsFolder}/two.jpg differs from the listed file`]);
    expect(archiveProblems(unpack(illustrationsZip(photos, readme, bytes, when)), listed.slice(0, 1))).toEqual([
      `${illustrationsFolder}/two.jpg is not listed in the press kit`,
    ]);
    const uncredited = readme.replace(/Credit: [^\r]*/g, 'Credit: someone else');
    expect(archiveProblems(unpack(illustrationsZip(photos, uncredited, bytes, when)), listed)).toEqual([
      'README.txt does not give the credit of one.jpg (“Illustration: Green Mines of Zhungeer website”)',
      'README.txt does not give the credit of two.jpg (“Illustration: Green Mines of Zhungeer website”)',
    ]);
    const entries = unpack(illustrationsZip(photos, readme, bytes, when));
    entries.delete(`${illustrationsFolder}/${readmeName}`);
    expect(archiveProblems(entries, listed)).toEqual([`missing ${illustrationsFolder}/${readmeName}`]);
  });
});
