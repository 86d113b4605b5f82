/**
 * Where `next build` writes prerendered outputs under `<distDir>/server/app`, and the page manifest postbuild writes
 * beside them (lib/build/manifest.ts) for the proxy. Shared by the build step (writes) and the server (reads).
 */

/** The manifest file, relative to the build folder. */
export const pageManifestFile = 'page-manifest.json';

/** What the proxy needs per prerendered path. */
export type ManifestEntry = {
  /** Inline-script hashes: only HTML pages have them. */
  hashes?: string[];
  /** The weak ETag of the bytes the build wrote (lib/server/validators.ts). */
  etag: string;
  /** A route body's Cache-Control as Next.js sends it (a 304 must repeat it); pages use Next's own for revalidate: false. */
  cacheControl?: string;
  /**
   * The Vary Next.js sends with its 200: `next-url` too where an intercepting route may answer, and `Accept-Encoding`
   * where its compression takes the type (not a PNG card, the ZIP, BibTeX or RIS; lib/build/manifest.ts).
   */
  vary: string;
};

export type PageManifest = {
  /** Every prerendered page (`.html`) and route body (`.body`) by path. */
  entries: Record<string, ManifestEntry>;
  /**
   * Route patterns (Next's form: `/[locale]/search`) that are rendered on request, from Next's app-paths and
   * prerender manifests: a path under a locale that matches none of them and was not prerendered has no page.
   */
  renderedOnRequest: string[];
};

/** `zh/restoration.html` → `/zh/restoration`; `_not-found.html` → `/_not-found`; `zh/feed.xml.body` → `/zh/feed.xml`. */
export function routeOf(relativeFile: string): string {
  const withoutExt = relativeFile.replace(/\\/g, '/').replace(/\.(html|body)$/, '');
  return `/${withoutExt === 'index' ? '' : withoutExt}`;
}

/** The inverse of routeOf for a page: `/zh/restoration` → `zh/restoration.html`, `/` → `index.html`. */
export function htmlFileOf(route: string): string {
  return `${route === '/' ? 'index' : route.slice(1)}.html`;
}

/**
 * Outputs of the build that are not addresses of the site: Next's own `/_not-found` and `/_global-error`, and the
 * intercepting routes' files (`/zh/(.)gallery/…`), which Next only uses when the client router asks for the real
 * address. Requested by their own names they answer 404.
 */
export function isInternalOutput(path: string): boolean {
  return (path.startsWith('/_') && !path.startsWith('/_next/')) || path.includes('/(');
}

/** A route pattern (`/[locale]/glossary/[term]`, `/qr/[...page]`) as a matcher for concrete paths. */
export function routePattern(route: string): RegExp {
  const source = route
    .split('/')
    .map((part) =>
      /^\[\[?\.\.\..+\]\]?$/.test(part) ? '.+' : /^\[.+\]$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}/?$`);
}
