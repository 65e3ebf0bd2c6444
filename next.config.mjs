/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Chapters are read from disk at build time; make sure the MDX sources travel with the server output.
  outputFileTracingIncludes: { '/learn/[slug]': ['./content/chapters/*.mdx'] },
};

export default nextConfig;
