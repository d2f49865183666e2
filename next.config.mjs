/** @type {import('next').NextConfig} */
const nextConfig = {
  // mdx-bundler drives esbuild, a native binary: load both from node_modules at build time
  // instead of bundling them into the server output.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
