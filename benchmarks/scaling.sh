#!/bin/sh
# One thread against two on the whole analyze path, as alternating JMH forks:
# AnalyzeBenchmark.corpus, then AnalyzeBenchmark.corpusTwoThreads, PAIRS times (default 3),
# each fork with the iterations set in AnalyzeBenchmark. Prints tokens/s of each fork, its
# measurement iterations (passes/s) and the two-thread/one-thread ratio of each pair; JMH's full
# output stays in benchmarks/target/scaling/. Alternating pairs keep a busy neighbour on a shared
# host from landing on one side of the comparison only.
#
# Run from anywhere after building (benchmarks/README.md): benchmarks/scaling.sh [PAIRS]
set -eu
pairs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
cp="$root/benchmarks/target/benchmarks.jar:$root/target/lib/*"
work="$root/benchmarks/target/scaling"
rm -rf "$work"
mkdir -p "$work"

tokens() { # tokens/s from a JMH CSV result file
  awk -F, '/:tokens"/ { printf "%.0f", $5 }' "$1"
}

iterations() { # the measurement iterations' passes/s from a JMH log
  awk '/^Iteration/ { printf "%s%s", sep, $3; sep = " " }' "$1"
}

i=1
while [ "$i" -le "$pairs" ]; do
  for b in corpus corpusTwoThreads; do
    if ! java -cp "$cp" org.openjdk.jmh.Main "AnalyzeBenchmark.$b\$" -f 1 \
        -rf csv -rff "$work/$i-$b.csv" >"$work/$i-$b.log" 2>&1; then
      echo "scaling.sh: JMH failed, its output:" >&2
      cat "$work/$i-$b.log" >&2
      exit 1
    fi
  done
  one=$(tokens "$work/$i-corpus.csv")
  two=$(tokens "$work/$i-corpusTwoThreads.csv")
  echo "pair $i: 1 thread $one tokens/s, 2 threads $two tokens/s, ratio $(awk -v a="$one" -v b="$two" 'BEGIN { printf "%.2f", b / a }')" \
    "(passes/s: 1 thread $(iterations "$work/$i-corpus.log"); 2 threads $(iterations "$work/$i-corpusTwoThreads.log"))"
  i=$((i + 1))
done
