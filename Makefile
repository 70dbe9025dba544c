# marsad: `make demo` runs the main job, `make test` runs every test (release, then ASan+UBSan).
.PHONY: all deps build demo test test-release test-asan bench fuzz format clean FORCE

JOBS ?= $(shell nproc)

all: build

deps:
	@scripts/deps.sh

build/build.ninja:
	cmake --preset release

build: build/build.ninja
	cmake --build build -j $(JOBS)

demo: deps build
	@scripts/demo.sh

test: deps test-release test-asan

test-release: build
	ctest --test-dir build --output-on-failure -j $(JOBS)

test-asan:
	cmake --preset asan
	cmake --build build-asan -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-asan --output-on-failure -j $(JOBS)

bench:
	@scripts/deps.sh --bench
	cmake --preset bench
	cmake --build build-bench -j $(JOBS)

fuzz:
	@scripts/deps.sh --bench
	cmake --preset fuzz
	cmake --build build-fuzz -j $(JOBS)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build build-asan build-bench build-fuzz build-debug
