#!/usr/bin/env bash
# Journey analysis benchmark: the demo company's interactions at scale (440,000 customers: about 10 million
# interactions) generated and laid out in memory once, then the analysis a journey page runs (funnels of seven
# segments, pain points, coverage matrix) timed several times; prints the median. Reading the rows from
# PostgreSQL is not included.
#   bench/journeys/run.sh [CUSTOMERS] [RUNS]     defaults: 440000 7
set -euo pipefail
cd "$(dirname "$0")/../.."
customers=${1:-440000}; runs=${2:-7}
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
./mvnw -B -q -o test-compile 2>/dev/null || ./mvnw -B -q test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test \
  2>/dev/null || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx3g} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  io.tajriba.journeys.bench.JourneyBench "$customers" "$runs"
