/** @type {import('next').NextConfig} */
const nextConfig = {
  // The whole site is plain files (out/) that nginx, or any static host, serves; nothing needs a server.
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
