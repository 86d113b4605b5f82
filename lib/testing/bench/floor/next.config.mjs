// The framework floor of `npm run bench` (see run.ts): a bare App Router app built with the project's own `next`.
// Plain JavaScript on purpose, so the main app's tsc and next build never see it. Its build goes to the
// repository's `.next-floor` (ignored by git, tsc and eslint like every `.next-*` folder).
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

const config = {
  distDir: path.relative(import.meta.dirname, path.join(repoRoot, '.next-floor')),
  poweredByHeader: false,
  turbopack: { root: repoRoot },
};

export default config;
