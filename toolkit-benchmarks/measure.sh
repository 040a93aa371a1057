#!/usr/bin/env bash
# Reproduces the figures of docs/performance.md. Run from anywhere; works in the repository root.
#
#   toolkit-benchmarks/measure.sh [build] [machine] [jmh] [startup] [startup-options] [batch] [memory] [soak]
#
# With no argument it runs build, machine, jmh, startup, batch and memory (about 20 minutes on
# 2 cores); soak takes another 5 to 10. Needs hyperfine and jq
# for startup and batch (Debian: apt-get install -y hyperfine jq). Each step prints the load
# average before and after: figures taken while other work shares the CPUs are not comparable.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAR=toolkit-benchmarks/target/benchmarks.jar
OUT=toolkit-benchmarks/target/measure
CLI_CP="toolkit-examples/target/toolkit-examples.jar:toolkit-examples/target/lib/*"
NATIONAL_LAW=toolkit-testkit/src/test/resources/national-law
RISK_EXAMPLE=toolkit-examples/src/main/resources/examples/risk/reoffending-risk-score.yaml
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(build machine jmh startup batch memory)
mkdir -p "$OUT"

# Other sessions on a shared machine each get an equal share of the CPUs whatever a process's
# nice value (the kernel groups processes by session), so a shared machine halves the figures.
# As root, raise this session's group above the others for the duration (BENCH_PRIORITY=0: don't).
if [ "${BENCH_PRIORITY:-1}" = 1 ] && [ -w /proc/self/autogroup ]; then
  echo -15 > /proc/self/autogroup && echo "scheduling: $(cat /proc/self/autogroup)"
fi

load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
median() { jq -r ".results[] | \"\(.command): median \(.median * 1000 | floor) ms (mean \(.mean * 1000 | floor) ± \(.stddev * 1000 | floor) ms, min \(.min * 1000 | floor), max \(.max * 1000 | floor), \(.times | length) runs)\"" "$1"; }

for step in "${steps[@]}"; do
  echo "=== $step ($(date -u +%FT%TZ)); $(load)"
  case "$step" in
    build)
      mvn -B -q install -DskipTests
      ;;
    machine)
      echo "nproc: $(nproc)"
      echo "memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
      echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
      java -version 2>&1 | head -2
      ;;
    jmh)
      # Forks, warm-up and measurement are set per benchmark class (see each class's annotations).
      java -jar "$JAR" -rf json -rff "$OUT/jmh-result.json" | tee "$OUT/jmh.log"
      java -cp "$JAR" org.raitoolkit.benchmarks.JmhSummary "$OUT/jmh-result.json" | tee "$OUT/jmh-summary.md"
      ;;
    startup)
      # The plain JVM (defaults, no archive), then a first result as users get it: ./toolkit, with
      # its JVM options and its class-data archive, and the same without the archive
      # (TOOLKIT_CDS=0). The first ./toolkit run makes the archive if the build changed.
      ./toolkit --version >/dev/null
      hyperfine -N --warmup 2 --runs 10 --export-json "$OUT/startup.json" \
        "java -cp $JAR org.raitoolkit.benchmarks.StartupProbe --jvm-only" \
        "java -cp $JAR org.raitoolkit.benchmarks.StartupProbe" \
        "java -cp $JAR org.raitoolkit.benchmarks.StartupProbe --rules $NATIONAL_LAW" \
        "env TOOLKIT_CDS=0 ./toolkit risk $RISK_EXAMPLE" \
        "./toolkit risk $RISK_EXAMPLE"
      median "$OUT/startup.json"
      ;;
    startup-options)
      # The same with JVM options for one-shot runs: C1 only, and an application class-data archive.
      java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -cp "$JAR" org.raitoolkit.benchmarks.StartupProbe >/dev/null
      hyperfine -N --warmup 2 --runs 10 --export-json "$OUT/startup-options.json" \
        "java -XX:TieredStopAtLevel=1 -cp $JAR org.raitoolkit.benchmarks.StartupProbe" \
        "java -XX:SharedArchiveFile=$OUT/app.jsa -cp $JAR org.raitoolkit.benchmarks.StartupProbe" \
        "java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$OUT/app.jsa -cp $JAR org.raitoolkit.benchmarks.StartupProbe"
      median "$OUT/startup-options.json"
      java -cp "$JAR" org.raitoolkit.benchmarks.StartupProbe --phases
      ;;
    batch)
      [ -d "$OUT/batch-in" ] || java -cp "$JAR" org.raitoolkit.benchmarks.BatchInputs "$OUT/batch-in" 10000
      # Through the ./toolkit launcher itself, so that its JVM options and class-data archive are
      # the ones measured. One run shown in full (progress on standard error; it also makes the
      # archive if the build changed), then three timed runs as the launcher runs it, three
      # without its archive (TOOLKIT_CDS=0), and three with the JVM's defaults.
      # Each run writes into a folder that does not exist yet, and the earlier runs' reports are
      # only moved aside (a rename), not deleted, until all runs are done: ext4 scans past the
      # inodes of files deleted in the last minutes when it makes a new file, and deleting the
      # 10,000 reports of one run just before the next added some 3 s of system time to it
      # (perf: __ext4_new_inode -> recently_deleted). A batch into a new folder pays none of it.
      mkdir -p "$OUT/batch-old"
      set_aside="if [ -d $OUT/batch-out ]; then mv $OUT/batch-out $OUT/batch-old/\$(date +%s%N); fi"
      sh -c "$set_aside"
      ./toolkit batch "$OUT/batch-in" --out-dir "$OUT/batch-out" | tail -6
      hyperfine -N --runs 3 --prepare "sh -c \"$set_aside\"" --export-json "$OUT/batch.json" \
        "./toolkit batch $OUT/batch-in --out-dir $OUT/batch-out" \
        "env TOOLKIT_CDS=0 ./toolkit batch $OUT/batch-in --out-dir $OUT/batch-out" \
        "java -cp $CLI_CP org.raitoolkit.examples.cli.ToolkitCli batch $OUT/batch-in --out-dir $OUT/batch-out"
      median "$OUT/batch.json"
      sh -c "$set_aside"
      java -cp "$JAR" org.raitoolkit.benchmarks.BatchStages "$OUT/batch-in" 2000 2>/dev/null
      rm -rf "$OUT/batch-old"
      ;;
    memory)
      java -cp "$JAR" org.raitoolkit.benchmarks.MemoryProbe 2>/dev/null
      ;;
    soak)
      java -cp "$JAR" org.raitoolkit.benchmarks.Soak 2>/dev/null
      ;;
    *)
      echo "unknown step $step; steps: build machine jmh startup startup-options batch memory soak" >&2
      exit 2
      ;;
  esac
  echo "=== $step done; $(load)"
done
