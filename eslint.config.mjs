import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const noNextLink = { name: 'next/link', message: 'Use a plain <a> (README, "Pages and links"); the photo modal uses the router.' };
// Test helpers, fixtures and preloads live in lib/testing; production code never loads them.
const noTestCode = { regex: '(^|/)testing(/|$)', message: 'lib/testing is test code: only tests and lib/testing may import it.' };
const testFiles = ['lib/testing/**', '**/*.test.ts', '**/*.test.tsx'];
// lib/dom owns the browser-only hooks (useBrowserSupports): a leaf that needs "am I in the browser, can it do X" uses
// that one, so the hydration-safe pattern (false on the server and while hydrating) is written once.
const domOwnerMessage = 'Use useBrowserSupports (lib/dom/supports.ts): only lib/dom calls useSyncExternalStore.';
const noExternalStore = { name: 'react', importNames: ['useSyncExternalStore'], message: domOwnerMessage };
const noExternalStoreMember = { selector: "MemberExpression[property.name='useSyncExternalStore']", message: domOwnerMessage };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Plain <a> for internal links is deliberate: every page is static, and next/link's client router code
      // would push the article page past its JavaScript budget (README, "Performance").
      '@next/next/no-html-link-for-pages': 'off',
      // The link rule (README, "Pages and links"): plain <a> everywhere and next/link nowhere. The only client-side
      // navigations, opening a photo in the modal and moving between photos in it (the intercepting route only catches
      // client navigations), are router.push in GalleryLinks.client.tsx and router.replace in PhotoDialog.client.tsx.
      'no-restricted-imports': ['error', { paths: [noNextLink, noExternalStore], patterns: [noTestCode] }],
      'no-restricted-syntax': ['error', noExternalStoreMember],
      // `const { data, ...rest } = x` is how a field is left out of a copy; the named sibling is meant unused.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
    },
  },
  {
    // Tests name the server they run against `origin` (inject('origin')); without that line the name silently
    // means the DOM's window.origin, which TypeScript accepts and Node does not have.
    files: ['lib/testing/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'origin', message: "Use inject('origin') (the test server)." }] },
  },
  {
    files: ['lib/dom/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noNextLink], patterns: [noTestCode] }],
      'no-restricted-syntax': 'off',
    },
  },
  {
    // Test code may import test helpers (and anything else).
    files: testFiles,
    rules: { 'no-restricted-imports': ['error', { paths: [noNextLink, noExternalStore] }] },
  },
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'next-env.d.ts', 'lib/testing/.reports/**'] },
];
export default config;
