#!/bin/sh
# Builds the libFuzzer targets into .build/fuzz: fuzz-curriculum (the curriculum decoder
# and the catalog's checks) and fuzz-store (the progress store reader).
#
#   Tests/Fuzz/build.sh                      # -sanitize=fuzzer
#   SANITIZE=fuzzer,address Tests/Fuzz/build.sh
#   .build/fuzz/fuzz-curriculum -max_total_time=600 Tests/Fuzz/Corpus/curriculum
#   .build/fuzz/fuzz-store -max_total_time=600 Tests/Fuzz/Corpus/store
#
# Each library module is compiled on its own (with coverage instrumentation), then
# linked with the entry point and libFuzzer's main. Needs a Swift toolchain with
# libFuzzer (the Linux toolchains from swift.org have it; Xcode's does not).
set -eu
cd "$(dirname "$0")/../.."
out=.build/fuzz
mkdir -p "$out"
flags="-sanitize=${SANITIZE:-fuzzer} -parse-as-library -package-name upskill -O -wmo -g -I $out"

module() {
    name=$1
    shift
    # shellcheck disable=SC2046 # file names without spaces, by the project's layout
    swiftc $flags "$@" -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -emit-library -static -o "$out/lib$name.a" $(find "Sources/$name" -name '*.swift' | sort)
}

module UpskillCurriculum
module UpskillGraph
module UpskillPlanner
module UpskillTracking -enable-testing

swiftc $flags -module-name CurriculumFuzzer Tests/Fuzz/CurriculumDecoderFuzzer.swift \
    -L "$out" -lUpskillGraph -lUpskillCurriculum -o "$out/fuzz-curriculum"
swiftc $flags -module-name StoreFuzzer Tests/Fuzz/StoreReaderFuzzer.swift \
    -L "$out" -lUpskillTracking -lUpskillPlanner -lUpskillGraph -lUpskillCurriculum -o "$out/fuzz-store"
echo "built $out/fuzz-curriculum and $out/fuzz-store"
