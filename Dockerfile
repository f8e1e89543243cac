# wirestream container image.
#
#   docker build -t wirestream:0.1.0 .
#   docker run --rm -e WIRESTREAM__KAFKA__BROKERS=kafka:9092 -p 9090:9090 wirestream:0.1.0
#
# Configuration: the built-in defaults, then /etc/wirestream/wirestream.toml when mounted
# (WIRESTREAM_CONFIG points there), then WIRESTREAM__SECTION__KEY environment variables.
# The root filesystem can be read-only: wirestream writes nothing to disk.
#
# Both stages use pinned Debian 12.15 (bookworm) bases so the binary and its runtime share one
# glibc. deploy/container/build-bases makes local images under these exact names from Debian
# packages where no registry is reachable (the CI check does that).

ARG BUILD_IMAGE=docker.io/library/rust:1.95.0-slim-bookworm
ARG RUNTIME_IMAGE=docker.io/library/debian:12.15-slim

FROM ${BUILD_IMAGE} AS build
# librdkafka is compiled from source by rdkafka-sys: a C toolchain, zlib and OpenSSL (TLS, SCRAM).
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc g++ make pkg-config zlib1g-dev libssl-dev ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# Behind a TLS-inspecting proxy, mount its CA bundle and name it here so cargo can reach
# crates.io, e.g. --volume /etc/ssl/certs/ca-certificates.crt:/run/proxy-ca.crt:ro
# --build-arg CARGO_HTTP_CAINFO=/run/proxy-ca.crt (deploy/container/check does).
ARG CARGO_HTTP_CAINFO
WORKDIR /src
# Dependencies first, against placeholder sources, so a source change does not rebuild them.
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches \
 && echo 'fn main() {}' > src/main.rs && touch src/lib.rs benches/stages.rs \
 && cargo build --release --locked --bin wirestream \
 && rm -rf src benches
COPY config config
COPY data data
COPY fixtures/demo fixtures/demo
COPY schemas schemas
COPY benches benches
COPY src src
# touch: the copied sources may be older than the placeholders cargo just built.
RUN touch src/main.rs src/lib.rs \
 && cargo build --release --locked --bin wirestream \
 && install -D -m 0755 target/release/wirestream /out/wirestream

FROM ${RUNTIME_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 zlib1g ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 10001 wirestream \
 && useradd --uid 10001 --gid wirestream --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin wirestream \
 && mkdir -p /etc/wirestream
COPY --from=build /out/wirestream /usr/local/bin/wirestream
COPY config/default.toml /etc/wirestream/default.toml
USER 10001:10001
ENV WIRESTREAM__HTTP__ADDRESS=0.0.0.0:9090 \
    WIRESTREAM__LOG__FORMAT=json
EXPOSE 9090
# `wirestream health` probes /health on http.address as configured (environment or
# WIRESTREAM_CONFIG), so it follows a changed port.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["/usr/local/bin/wirestream", "health"]
ENTRYPOINT ["/usr/local/bin/wirestream"]
CMD ["run"]
