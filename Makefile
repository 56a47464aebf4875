# Thin wrapper around CMake, in the style of neovim's: `make run`, `make test`.
# Each target installs missing Debian packages first, then builds incrementally.
#
#   make test        every test suite (fast, for developers)
#   make test-asan   every Qt Test suite built with ASan + UBSan (build-asan/)
#   make fuzz        the libFuzzer targets, FUZZ_SECONDS each (needs clang-14, libclang-rt-14-dev)
#   make deb         the Debian package build/flatten-tutor_<version>_amd64.deb (CPack)
#   make check-deb   builds it, checks it with lintian and runs the app from the extracted package
# With CI=true, `make test` runs the sanitizer suite first, then checks the package, then every
# suite, so the last lines printed are ctest's summary of the full run.
BUILD_DIR   ?= build
BUILD_TYPE  ?= RelWithDebInfo
CMAKE_FLAGS ?=
JOBS        ?= 2
ASAN_DIR    ?= build-asan
FUZZ_SECONDS ?= 60

# Sanitizer run: UBSan stops at the first report. Leak detection stays off (detect_leaks=0) until
# the content and cli suites are shown free of reports about Qt's process-lifetime allocations
# (plugin loaders such as the SQLite driver's, caches), which LeakSanitizer cannot tell from leaks;
# the engine suite passes with detect_leaks=1, and the fuzz targets run with leak checking on.
ASAN_ENV = ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
           UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: all deps test-deps package-deps configure build run test test-all test-asan fuzz bench deb check-deb clean

all: build

deps:
	@scripts/install-deps build

test-deps:
	@scripts/install-deps test

package-deps:
	@scripts/install-deps package

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: $(BUILD_DIR)/build.ninja

build: deps configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	$(BUILD_DIR)/flatten-tutor

# One after the other even under `make -j`: the full run's summary must come last.
test:
ifeq ($(CI),true)
	@$(MAKE) --no-print-directory test-asan
	@$(MAKE) --no-print-directory check-deb
endif
	@$(MAKE) --no-print-directory test-all

test-all: test-deps configure
	cmake --build $(BUILD_DIR) -j$(JOBS)
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS)

$(ASAN_DIR)/build.ninja:
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFT_SANITIZE=ON $(CMAKE_FLAGS)

test-asan: test-deps $(ASAN_DIR)/build.ninja
	cmake --build $(ASAN_DIR) -j$(JOBS) --target tst_engine tst_content tst_cli tst_ui
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen $(ASAN_ENV) ctest --output-on-failure -j$(JOBS) -L 'engine|content|cli|ui'

deb: deps package-deps configure
	cmake --build $(BUILD_DIR) -j$(JOBS)
	cd $(BUILD_DIR) && cpack -G DEB

check-deb: deb
	scripts/check-deb $(BUILD_DIR)

fuzz:
	tests/fuzz/run-fuzzers $(FUZZ_SECONDS)

bench: build
	cd $(BUILD_DIR) && for b in tests/bench/bench_*; do [ -x "$$b" ] && "$$b"; done

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
