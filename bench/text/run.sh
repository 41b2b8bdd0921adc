#!/usr/bin/env bash
# Text analytics benchmark: texts/s of the full analysis (language among en/fa/ar/he, normalisation, sentiment,
# emotions, themes, key phrases) on ONE thread, with JMH, over 20,000 texts, an equal mix of the four languages
# drawn from the sentiment data sets (seeded).
#   bench/text/run.sh [DATASETS_DIR]      default: ../shared/datasets
set -euo pipefail
cd "$(dirname "$0")/../.."
datasets=$(realpath "${1:-../shared/datasets}")
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main 'io.tajriba.text.bench.TextAnalysisBenchmark' -p datasets="$datasets/sentiment" \
  -t 1 -f 1 -wi 3 -w 5s -i 5 -r 5s -rf text -rff target/bench-text.txt | grep -E '^(Benchmark|TextAnalysis|# (JMH|VM version|Threads))'
echo "texts/s on one thread: $(awk '/TextAnalysisBenchmark.analyze/ {print $(NF-3), "±", $(NF-1)}' target/bench-text.txt)"
