# syntax=docker/dockerfile:1
# Build: docker build --build-arg COMMIT=$(git rev-parse --short=12 HEAD) -t syncboost .
# The binary is built by "make build", the same target .ci/run uses, so the
# flags (CGO_ENABLED=1 for blst, -trimpath, -ldflags) are defined once.

FROM golang:1.26-trixie AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG COMMIT=unknown
RUN make build COMMIT="${COMMIT}" BIN=/out/syncboost

# Same Debian release as the build stage: the cgo binary links its glibc.
FROM debian:trixie-slim
RUN apt-get update \
	&& apt-get install -y --no-install-recommends ca-certificates \
	&& rm -rf /var/lib/apt/lists/* \
	&& useradd --system --uid 10001 --user-group --home-dir /var/lib/syncboost --create-home syncboost
COPY --from=build /out/syncboost /usr/local/bin/syncboost
USER 10001:10001
WORKDIR /var/lib/syncboost
ENTRYPOINT ["/usr/local/bin/syncboost"]
CMD ["run", "--config", "/etc/syncboost/config.toml"]
