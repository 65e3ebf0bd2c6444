/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Chapters are read from disk at build time; make sure the MDX sources travel with the server output.
  outputFileTracingIncludes: { '/learn/[slug]': ['./content/chapters/*.mdx'] },
  // The preview images subset their font with HarfBuzz compiled to WebAssembly; both packages find
  // their .wasm beside their own files, so they are loaded from node_modules rather than bundled.
  serverExternalPackages: ['subset-font', 'harfbuzzjs'],
};

export default nextConfig;
