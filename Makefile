# newswatch — common tasks. The README's two commands are `make demo` and `make test`.

CARGO ?= cargo
DEMO_ARGS = replay examples/demo --config examples/demo/newswatch.toml

.PHONY: demo run test test-unit services-up services-down lint fmt bench eval seeds clean-data

## Replay the fictional demo archive and print the alerts it raises.
demo:
	$(CARGO) run --quiet -p newswatch -- $(DEMO_ARGS)

## Run the pipeline on config/newswatch.toml (needs network for real feeds).
run:
	$(CARGO) run --release -p newswatch -- run --config config/newswatch.toml

## Replay the five seed articles (../shared/seeds) with their figures config.
seeds:
	$(CARGO) run --quiet -p newswatch -- replay ../shared/seeds --config config/seeds.toml

## Everything the tests need (installed if missing), then every test. What CI runs.
test:
	bash scripts/test.sh

## Unit and component tests only: no servers needed.
test-unit:
	$(CARGO) test --workspace --lib --bins

services-up:
	bash scripts/services.sh up

services-down:
	bash scripts/services.sh down

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

## Benchmarks (criterion); figures are printed and kept under target/criterion.
bench:
	$(CARGO) bench --workspace

clean-data:
	rm -rf data
