import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Plain <a> for internal links is deliberate: every page is static, and next/link's client router code
      // would push the article page past its JavaScript budget (README, "Tests and benchmarks").
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'next-env.d.ts', 'lib/testing/.reports/**'] },
];
export default config;
