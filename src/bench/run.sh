#!/usr/bin/env bash
# The whole benchmark in one command: build the application, install the peer, run every phase.
#   bash src/bench/run.sh                      # every phase, three runs (--runs=1 took 28 min on 2 cores)
#   bash src/bench/run.sh --runs=1 --window=2 --sizes=1,10 --only=01,02,05   # a quick look while developing
# Options are those of org.policygraph.bench.Benchmark. Needs JDK 21+ (JAVA_HOME or java on PATH), Node 20+ and
# npm; downloads from Maven Central and the npm registry only. Writes target/bench/report.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" -version 2>&1 | head -1
mkdir -p target/bench
./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
(cd src/bench/peer && npm ci --no-audit --no-fund --loglevel=error)
exec "$JAVA" -Xmx4g --add-opens=java.base/java.nio=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  org.policygraph.bench.Benchmark "$@"
