# syntax=docker/dockerfile:1

# 1. Build the static export with Node.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Canonical links, link previews and the sitemap carry absolute URLs: build with the public address,
# e.g. `docker build --build-arg SITE_URL=https://learn.example.com .`
ARG SITE_URL=http://localhost:8080
ENV SITE_URL=$SITE_URL
RUN npm run build

# 2. Serve the files with Debian's nginx (the same package and config CI tests), as a non-root user.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-filter curl \
 && rm -rf /var/lib/apt/lists/*
COPY deploy/nginx/nginx.conf deploy/nginx/http.conf deploy/nginx/site.conf deploy/nginx/brotli.conf /etc/nginx/site/
COPY --from=build /app/build/csp-map.conf /etc/nginx/site/csp-map.conf
COPY --from=build /app/out /usr/share/nginx/html
USER www-data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-fsS", "http://127.0.0.1:8080/healthz"]
CMD ["nginx", "-e", "stderr", "-c", "/etc/nginx/site/nginx.conf", "-g", "daemon off;"]
