# syntax=docker/dockerfile:1

# Base images pinned by digest, the tag kept beside it for readers: Node 24 LTS (supported until
# April 2028) and Debian 13 "trixie". A tag moves whenever its image is rebuilt; a digest names one
# image, so every build starts from the same bytes. Digests from docker-library/repo-info, as published
# for these tags in August 2026. To move to a newer build of the same tag, take the digest your
# registry reports today (`docker buildx imagetools inspect node:24-trixie-slim`) and test the image.

# 1. Build the static export with Node.
FROM node:24-trixie-slim@sha256:50c3b2f6988dfc307b86e5301d69611af31f4789bdf232863b07d3b02fe55ae0 AS build
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
# brotli-static serves the .br files the build wrote beside each text file; nothing is compressed
# on the fly.
FROM debian:trixie-slim@sha256:3a39a0592364683e6bab97937b72cad5a8fa6dcbbee90edb3bb48c7f8e94f258
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static curl \
 && rm -rf /var/lib/apt/lists/*
COPY deploy/nginx/nginx.conf deploy/nginx/policy-http.conf deploy/nginx/policy-server.conf deploy/nginx/http.conf deploy/nginx/site.conf deploy/nginx/brotli.conf /etc/nginx/site/
COPY --from=build /app/build/csp-map.conf /etc/nginx/site/csp-map.conf
COPY --from=build /app/out /usr/share/nginx/html
USER www-data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-fsS", "http://127.0.0.1:8080/healthz"]
# SIGQUIT is nginx's graceful stop: it finishes the requests in flight, then exits. (SIGTERM, the
# default, drops them.) Kubernetes sends this signal after the pod's preStop pause.
STOPSIGNAL SIGQUIT
# One worker per CPU the container may use: NGINX_WORKERS comes from the pod's CPU limit
# (deploy/kubernetes/deployment.yaml). `worker_processes auto` would count the node's CPUs instead.
ENV NGINX_WORKERS=1
CMD ["sh", "-c", "exec nginx -e stderr -c /etc/nginx/site/nginx.conf -g \"daemon off; worker_processes ${NGINX_WORKERS};\""]
