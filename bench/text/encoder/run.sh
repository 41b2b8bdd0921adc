#!/usr/bin/env bash
# The English sentence encoder all-MiniLM-L6-v2 (ONNX, in-process) as a second stage for the texts the shipped
# English model is unsure of: what it costs per text next to the fast path measured in the same run, and what
# it gains in balanced macro-F1 on the held-out share and on the evaluation-only sets. A logistic regression over
# its 384-d embeddings learns from a capped sample of the shippable English training share; nothing is tuned on
# the evaluation-only sets. Tajriba does not ship the encoder (see the model card); this measures it.
#   bench/text/encoder/run.sh [DATASETS_DIR]      default: ../shared/datasets
set -euo pipefail
cd "$(dirname "$0")/../../.."
datasets=$(realpath "${1:-../shared/datasets}")
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
./mvnw -B -q -DskipTests compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath-main.txt >/dev/null
./mvnw -B -q -f bench/text/encoder/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/encoder-classpath.txt" >/dev/null
cp="target/classes:$(cat target/bench-classpath-main.txt):$(cat target/encoder-classpath.txt)"
mkdir -p target/encoder-probe
"$JAVA_HOME/bin/javac" -nowarn -d target/encoder-probe -cp "$cp" bench/text/encoder/EncoderProbe.java
"$JAVA_HOME/bin/java" -Xmx3g --enable-native-access=ALL-UNNAMED -cp "target/encoder-probe:$cp" \
  io.tajriba.text.training.EncoderProbe "$datasets" src/main/resources/text/models/en.tjm.gz target/encoder-probe \
  | grep -v -E ' (INFO|WARN) '
