// Security headers for every response (issue 11). Lesson pages are static HTML, and Next's static
// HTML carries small inline scripts that boot React. A strict CSP with a nonce would make every page
// dynamic (a nonce must be new per response), and hashes do not cover the streamed inline scripts,
// so script-src allows 'unsafe-inline' but nothing from another origin: no CDN, no eval (except in
// development, where React's tooling needs it), no plugins, no framing, no foreign form targets.
const development = process.env.NODE_ENV === 'development';
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of every page and API answer (scripts/server.mjs gives its fast lane's answers the same). */
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // mdx-bundler drives esbuild, a native binary: load both from node_modules at build time
  // instead of bundling them into the server output.
  // PGlite is Postgres compiled to WASM: it loads its .wasm and data files from its own package.
  // pdfkit reads its standard fonts (.afm) from its own package at run time.
  serverExternalPackages: ['mdx-bundler', 'esbuild', '@electric-sql/pglite', 'pdfkit', 'svg-to-pdfkit'],
  poweredByHeader: false,
  // scripts/server.mjs compresses (brotli where the browser accepts it, else gzip); Next's own
  // compression knows only gzip.
  compress: false,
  // `npm test` type-checks the sources once, with tsc in its first lane (scripts/test-all.mjs), and
  // fails when that fails; the build in its second lane skips Next's own, second check (about 45 s).
  typescript: { ignoreBuildErrors: process.env.KLANTREIS_TYPECHECKED === '1' },
  reactStrictMode: true,
  // HSTS is set by scripts/server.mjs, which knows at run time whether the site is served over HTTPS.
  async headers() {
    // The LTI pages set their own policy (lib/server/lti-routes.server.ts): the Deep Linking answer
    // posts a form to the LMS, and the LMS frames the registration, login and launch pages.
    return [{ source: '/((?!api/lti/(?:deep-link|register|login|launch)).*)', headers: securityHeaders }];
  },
};

export default nextConfig;
