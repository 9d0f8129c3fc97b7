# The two quick-start commands: `make run` and `make test`. Everything else is a helper.
SWIFT ?= swift
APT_PACKAGES = libedit-dev libopencc-dev pkg-config python3
BIN = .build/release/fupin

.PHONY: deps build run test bench fuzz score clean

# Installs the C libraries fupin links against (Debian/Ubuntu), when they are missing.
deps:
	@if ! pkg-config --exists libedit opencc 2>/dev/null; then \
	  echo "installing $(APT_PACKAGES)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build -c release --product fupin

# The main job: ingest the seeds, then the REPL on a terminal, the guided tour otherwise.
run: build
	@$(BIN) ingest seeds
	@if [ -t 0 ]; then $(BIN) repl; else $(BIN) run --echo Examples/tour.fq; fi

# Every test: unit tests per module, corpora, query scripts, end-to-end and REPL tests.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --parallel --num-workers 2
	FUPIN_TTY_TESTS=1 $(SWIFT) test --skip-build --filter ctrlCAbandonsTheLine

# Benchmarks (release, ordo-one/benchmark) and the comparison with other tools.
bench: deps
	bash Benchmarks/scale.sh
	python3 Benchmarks/compare.py | tee Benchmarks/results/compare.txt

# Extraction quality: the seeds' and the development set's score lines (eval/score.py, eval/FORMAT.md).
score: build
	@$(BIN) extract seeds --format jsonl > /tmp/fupin-seeds.jsonl
	@$(BIN) extract eval/dev/docs --format jsonl > /tmp/fupin-dev.jsonl
	@printf 'seeds: '; python3 eval/score.py eval/seeds-gold.jsonl /tmp/fupin-seeds.jsonl | tail -1
	@printf 'dev:   '; python3 eval/score.py eval/dev/gold.jsonl /tmp/fupin-dev.jsonl | tail -1

clean:
	rm -rf .build Benchmarks/.build

# libFuzzer runs of the extractor and the query parser, FUZZ_SECONDS each (seed corpus in Fuzz/Corpus).
FUZZ_SECONDS ?= 60
fuzz: deps
	cd Fuzz && SWIFT_BACKTRACE=enable=no $(SWIFT) build -c debug --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	for t in FuzzExtractor:extractor FuzzQuery:query; do \
	  bin=$${t%%:*}; dir=$${t##*:}; mkdir -p /tmp/fupin-fuzz-$$dir; cp Fuzz/Corpus/$$dir/* /tmp/fupin-fuzz-$$dir/; \
	  SWIFT_BACKTRACE=enable=no Fuzz/.build/debug/$$bin /tmp/fupin-fuzz-$$dir -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -rss_limit_mb=2048 || exit 1; \
	done
