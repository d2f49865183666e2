/** @type {import('next').NextConfig} */
const nextConfig = {
  // mdx-bundler drives esbuild, a native binary: load both from node_modules at build time
  // instead of bundling them into the server output.
  // PGlite is Postgres compiled to WASM: it loads its .wasm and data files from its own package.
  serverExternalPackages: ['mdx-bundler', 'esbuild', '@electric-sql/pglite'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
