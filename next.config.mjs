/** @type {import('next').NextConfig} */
const nextConfig = {
  // The whole site is plain files (out/) that nginx, or any static host, serves; nothing needs a server.
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  // The preview images are drawn at build time with a font subset by HarfBuzz compiled to
  // WebAssembly; both packages find their .wasm beside their own files, so they are loaded from
  // node_modules rather than bundled.
  serverExternalPackages: ['subset-font', 'harfbuzzjs'],
};

export default nextConfig;
