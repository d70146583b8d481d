# Build and check targets. .ci/run and the Dockerfile build through
# "make build", so the build flags live here only.

GO       ?= go
BIN      ?= bin/syncboost
DEVNET   ?= bin/syncboost-devnet
COMMIT   ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
FUZZTIME ?= 10s

# cgo stays on: blst (BLS committee certificates) is C.
BUILD_ENV   = CGO_ENABLED=1
BUILD_FLAGS = -trimpath -ldflags "-s -w -X main.commit=$(COMMIT)"

.PHONY: build devnet test test-race fuzz lint fmt tidy-check

# The operator's binary only; the devnet is its own command.
build:
	$(BUILD_ENV) $(GO) build $(BUILD_FLAGS) -o $(BIN) ./cmd/syncboost

devnet:
	$(BUILD_ENV) $(GO) build $(BUILD_FLAGS) -o $(DEVNET) ./cmd/syncboost-devnet

test:
	$(GO) test ./...

# The devnet's end-to-end tests run on their own, after the other packages: they keep 2-second
# slots on real nodes, and sharing two cores with the other packages' tests makes them miss slots.
# Together they take about 11 minutes under the race detector, past go test's default timeout.
test-race:
	$(GO) test -race $$($(GO) list ./... | grep -v '/devnet$$')
	$(GO) test -race -timeout 20m ./devnet

# Every FuzzXxx target for FUZZTIME each.
fuzz:
	bash .ci/fuzz $(FUZZTIME)

lint:
	@out="$$(find . -name '*.go' -not -path '*/node_modules/*' -print0 | xargs -0 gofmt -l)"; \
		if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@if command -v staticcheck >/dev/null; then staticcheck ./...; else echo "staticcheck not installed; skipped"; fi

fmt:
	find . -name '*.go' -not -path '*/node_modules/*' -print0 | xargs -0 gofmt -w

tidy-check:
	$(GO) mod tidy -diff
