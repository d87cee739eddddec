#!/usr/bin/env bash
# Runs the framelens Spark job in local mode, with nothing installed but Java 17 and Maven: Spark
# itself comes from Maven Central. The first run builds the library (installing it into the local
# Maven repository) and this project; later runs rebuild only when a source changed.
#
#   spark/run-local.sh INPUT... OUTDIR [--format md|html|json|csv] [--master local[N]] [--lexicons PATH]
#
# Writes OUTDIR/analyses/ (JSONL parts), OUTDIR/analyses.parquet/, OUTDIR/errors/ when inputs were
# skipped, and OUTDIR/report.FORMAT. Environment: JAVA_OPTS (default -Xmx4g), MAVEN_REPO (a local
# Maven repository other than ~/.m2/repository).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
mvn_opts=(-B -q -Dstyle.color=never)
if [ -n "${MAVEN_REPO:-}" ]; then
  mvn_opts+=("-Dmaven.repo.local=$MAVEN_REPO")
fi

stamp="$here/target/run-local.classpath"
newest=$(find "$root/pom.xml" "$root/src/main" "$root/lexicons" "$here/pom.xml" "$here/src/main" -newer "$stamp" -print -quit 2>/dev/null || true)
if [ ! -s "$stamp" ] || [ -n "$newest" ]; then
  echo "run-local.sh: building the library and the Spark job (first run downloads Spark and CoreNLP's models)" >&2
  (cd "$root" && mvn "${mvn_opts[@]}" install -DskipTests)
  (cd "$here" && mvn "${mvn_opts[@]}" compile dependency:build-classpath \
    -Dmdep.includeScope=compile -Dmdep.outputFile="$stamp")
  touch "$stamp" # the plugin leaves an unchanged file untouched
fi

# Spark's own list for JVMs that spark-submit does not start (spark-parent's extraJavaTestArgs)
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

# the driver and its block manager bind to the loopback address, never to a network interface
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java ${JAVA_OPTS:--Xmx4g} "${opens[@]}" -Dlog4j2.configurationFile="$here/conf/log4j2.properties" \
  -cp "$here/target/classes:$(cat "$stamp")" org.framelens.spark.FramelensSparkJob "$@"
