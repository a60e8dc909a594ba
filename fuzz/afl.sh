#!/usr/bin/env bash
# Fuzz one target of the harness with afl-fuzz (AFL++) and SharpFuzz (see fuzz/README.md).
#   fuzz/afl.sh TARGET [SECONDS]      TARGET: json, jsonl, csv, ofsted, write, compare or cli; SECONDS: default 1200
# Needs afl-fuzz on the PATH (Debian: apt-get install -y afl++) and the .NET SDK.
set -euo pipefail

target="${1:?usage: fuzz/afl.sh json|jsonl|csv|ofsted|write|compare|cli [SECONDS]}"
seconds="${2:-1200}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/findings/afl-$target"
bin="$here/bin/afl"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz is not installed (Debian: apt-get install -y afl++)" >&2; exit 2; }

# Build, then instrument the library's assemblies (not the harness, SharpFuzz or the framework) for coverage.
dotnet build "$here/Inspections.Fuzz" -c Release -o "$bin" >/dev/null
(cd "$here" && dotnet tool restore >/dev/null)
for assembly in Inspections.Core.dll Inspections.Import.dll inspections.dll; do
  (cd "$here" && dotnet tool run sharpfuzz "$bin/$assembly")
done

dictionary=()
for dict in /usr/share/doc/afl++-doc/afl/dictionaries/json.dict /usr/share/afl/dictionaries/json.dict; do
  if [[ "$target" != csv && -f "$dict" ]]; then dictionary=(-x "$dict"); break; fi
done

# dotnet itself is not instrumented (SharpFuzz reports coverage from the instrumented assemblies), hence
# AFL_SKIP_BIN_CHECK; containers often forbid changing core_pattern and the CPU governor, hence the other two.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
mkdir -p "$out"
afl-fuzz -V "$seconds" -i "$here/seeds/$target" -o "$out" "${dictionary[@]}" -t 5000 -m none -- \
  dotnet "$bin/Inspections.Fuzz.dll" afl "$target"

stats="$out/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs)' "$stats"
echo "Crashes and hangs, if any, are in $out/default/crashes and $out/default/hangs. Replay them with an"
echo "uninstrumented build (the instrumented one needs afl-fuzz's shared memory):"
echo "  dotnet build $here/Inspections.Fuzz -c Release"
echo "  dotnet $here/Inspections.Fuzz/bin/Release/net10.0/Inspections.Fuzz.dll replay $target $out/default/crashes/id*"
