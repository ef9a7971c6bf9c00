#!/usr/bin/env bash
# Fuzzes read + validate + classify (CaseClassifier.Classify(ReadOnlySpan<byte>)) with AFL++ and SharpFuzz.
#
#   tests/fuzz/run.sh [EXECS]        # default 1000000 executions; FUZZ_SECONDS=600 caps the time instead
#
# Publishes tests/fuzz/TransnationalRules.Fuzz in Release into tests/fuzz/out/bin, instruments that copy of
# TransnationalRules.dll with the SharpFuzz.CommandLine tool (installed into tests/fuzz/.tools), and runs afl-fuzz on
# the seed corpus tests/fuzz/corpus with the dictionary tests/fuzz/case.dict. Findings land in
# tests/fuzz/out/findings/default/{crashes,hangs}; the script replays them and prints the stack traces. Everything it
# makes is under tests/fuzz/out and tests/fuzz/.tools (git-ignored). Needs: apt-get install afl++.
# Runs nice'd on one core; a finding is not fixed here: make it a regression test (tests/TransnationalRules.Tests/
# Reliability/FuzzRegressionTests.cs) and a corpus file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
execs="${1:-1000000}"
out="$here/out"
bin="$out/bin"
tools="$here/.tools"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

rm -rf "$bin" "$out/replay"
dotnet publish "$here/TransnationalRules.Fuzz/TransnationalRules.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
# An uninstrumented copy replays findings (the instrumented one only runs under afl-fuzz).
cp -r "$bin" "$out/replay"
# Only the library is instrumented: coverage of its own branches guides the fuzzer.
"$tools/sharpfuzz" "$bin/TransnationalRules.dll"

findings="$out/findings"
rm -rf "$findings"
limit=(-E "$execs")
if [ -n "${FUZZ_SECONDS:-}" ]; then
  limit=(-V "$FUZZ_SECONDS")
fi

# dotnet itself is not instrumented (SharpFuzz reports coverage of the library); other cores may be busy.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
[ -t 1 ] || export AFL_NO_UI=1
start=$(date +%s)
nice -n 10 afl-fuzz -i "$here/corpus" -o "$findings" -x "$here/case.dict" -t 5000 -m none "${limit[@]}" \
  -- dotnet "$bin/TransnationalRules.Fuzz.dll" || true
elapsed=$(( $(date +%s) - start ))

stats="$findings/default/fuzzer_stats"
[ -f "$stats" ] || { echo "afl-fuzz wrote no statistics" >&2; exit 1; }
get() { sed -n "s/^$1 *: *//p" "$stats"; }
echo
echo "== fuzz summary (${elapsed}s)"
echo "inputs executed: $(get execs_done)   exec/s: $(get execs_per_sec)"
echo "corpus: $(get corpus_count) paths   edges found: $(get edges_found) (map of $(get total_edges))   bitmap coverage: $(get bitmap_cvg)"
echo "crashes: $(get saved_crashes)   hangs: $(get saved_hangs)"

found=0
for kind in crashes hangs; do
  dir="$findings/default/$kind"
  if compgen -G "$dir/id:*" >/dev/null; then
    found=1
    echo "== replaying $kind"
    dotnet "$out/replay/TransnationalRules.Fuzz.dll" "$dir" || true
  fi
done
exit $found
