#!/usr/bin/env bash
# Measures the figures of docs/performance.md. Run from anywhere; it works in the repository root.
#
#   toolkit-benchmarks/measure.sh [build] [machine] [jmh] [startup] [batch]
#
# With no argument: all five (about 10 minutes on 2 cores). Needs jq. Each step prints the load
# average before and after: figures taken while other work shares the CPUs are not comparable.
# RUNS sets the runs of startup (default 10) and batch (default 3); JMH_ARGS is passed to JMH,
# e.g. JMH_ARGS=WarmRisk to run one benchmark class.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAR=toolkit-benchmarks/target/benchmarks.jar
OUT=toolkit-benchmarks/target/measure
RISK_EXAMPLE=toolkit-content/src/main/resources/org/raitoolkit/content/examples/risk/reoffending-risk-score.yaml
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(build machine jmh startup batch)
mkdir -p "$OUT"

load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
ms() { echo $(($(date +%s%N) / 1000000)); }
# stats NAME FILE: median, min and max of the milliseconds in FILE, one a line.
stats() {
  sort -n "$2" | awk -v name="$1" '{ t[NR] = $1 } END {
    m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%s: median %d ms (min %d, max %d, %d runs)\n", name, m, t[1], t[NR], NR }'
}

for step in "${steps[@]}"; do
  echo "=== $step ($(date -u +%FT%TZ), $(git rev-parse --short HEAD)); $(load)"
  case "$step" in
    build)
      # The benchmarks jar only; ./toolkit builds (and installs) the command line itself.
      mvn -B -q package -DskipTests -pl toolkit-benchmarks -am
      ./toolkit --version
      ;;
    machine)
      echo "nproc: $(nproc)"
      free -h | head -2
      grep -m1 'model name' /proc/cpuinfo
      java -version 2>&1 | head -2
      ;;
    jmh)
      # Forks, warm-up and measurement are set on each benchmark class; the JVM's default options.
      # shellcheck disable=SC2086
      java -jar "$JAR" -rf json -rff "$OUT/jmh.json" ${JMH_ARGS:-} >"$OUT/jmh.log" || { tail -40 "$OUT/jmh.log"; exit 1; }
      echo "JMH's output: $OUT/jmh.log"
      # The median of each benchmark (the score for throughput), then how many times the reference's
      # time per assessment the engine takes, in the same run.
      jq -r 'map({b: (.benchmark | sub(".*\\.benchmarks\\."; "")), u: .primaryMetric.scoreUnit, t: (.mode == "thrpt"),
            v: (if .mode == "thrpt" then .primaryMetric.score else .primaryMetric.scorePercentiles["50.0"] end)})
        | (.[] | "\(.b): \(.v * 10 | round / 10) \(.u)"),
          (group_by(.b | sub("\\.[^.]*$"; "")) | .[] | select(length == 2 and (.[1].b | endswith(".reference")))
           | "\(.[0].b | sub("\\.[^.]*$"; "")): engine = x\(if .[0].t then .[1].v / .[0].v else .[0].v / .[1].v end
             | . * 10 | round / 10) the reference")' \
        "$OUT/jmh.json"
      ;;
    startup)
      # Whole process from a new JVM, through the launcher: one risk result, and beside it (runs
      # alternate) `--version`, the same JVM and command line without the engine.
      ./toolkit --version >/dev/null
      ./toolkit risk "$RISK_EXAMPLE" >/dev/null
      : >"$OUT/startup-risk.ms"; : >"$OUT/startup-version.ms"
      for ((i = 0; i < ${RUNS:-10}; i++)); do
        t=$(ms); ./toolkit risk "$RISK_EXAMPLE" >/dev/null; echo $(($(ms) - t)) >>"$OUT/startup-risk.ms"
        t=$(ms); ./toolkit --version >/dev/null; echo $(($(ms) - t)) >>"$OUT/startup-version.ms"
      done
      stats "./toolkit risk reoffending-risk-score.yaml" "$OUT/startup-risk.ms"
      stats "./toolkit --version (baseline)" "$OUT/startup-version.ms"
      ;;
    batch)
      # 10,000 generated answer files, made once per commit (files made for another content pack
      # may no longer be valid); each run writes into a new folder (deleting 10,000 files just
      # before a run slows the next one's file creation on ext4).
      if [ "$(cat "$OUT/batch-in.commit" 2>/dev/null)" != "$(git rev-parse HEAD)" ]; then
        rm -rf "$OUT/batch-in"
        java -cp "$JAR" org.raitoolkit.benchmarks.BatchInputs "$OUT/batch-in" 10000
        git rev-parse HEAD >"$OUT/batch-in.commit"
      fi
      rm -rf "$OUT/batch-out"; mkdir -p "$OUT/batch-out"
      ./toolkit --version >/dev/null
      : >"$OUT/batch.ms"
      for ((i = 0; i < ${RUNS:-3}; i++)); do
        t=$(ms)
        ./toolkit batch "$OUT/batch-in" --out-dir "$OUT/batch-out/$i" >"$OUT/batch-$i.log" 2>&1 || { tail "$OUT/batch-$i.log"; exit 1; }
        echo $(($(ms) - t)) >>"$OUT/batch.ms"
      done
      tail -3 "$OUT/batch-0.log"
      stats "./toolkit batch (10,000 systems)" "$OUT/batch.ms"
      rm -rf "$OUT/batch-out"
      ;;
    *)
      echo "unknown step $step; steps: build machine jmh startup batch" >&2
      exit 2
      ;;
  esac
  echo "=== $step done; $(load)"
done
