# Shared helpers for the benchmark scripts (sourced, not run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"

build_jar() {
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  JAR="$(ls "$ROOT"/target/kozomol-*.jar | grep -v plain | head -1)"
}

# port_free PORT: fails when something already listens there (another engineer's benchmark on the shared machine:
# without this check, wait_healthy would find that application healthy and the run would measure and change it).
port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then echo "port $1 is already in use; is another benchmark running?" >&2; return 1; fi
}

# start_app DATA_DIR PORT: starts the jar with demo data in the background; sets APP_PID. APP_JAVA_OPTS (optional) adds
# JVM options, e.g. a flight recording.
start_app() {
  port_free "$2"
  [ -z "${KOZOMOL_DB_PORT:-}" ] || [ "$KOZOMOL_DB_PORT" = 0 ] || port_free "$KOZOMOL_DB_PORT"
  KOZOMOL_DATA_DIR="$1" java -Xmx1g ${APP_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=dev --server.port="$2" \
    --logging.level.root=WARN --spring.thymeleaf.cache=true > "$OUT/app-$2.log" 2>&1 &
  APP_PID=$!
}

# wait_healthy PORT: blocks until /actuator/health says UP (at most 180 s).
wait_healthy() {
  for _ in $(seq 1 1800); do
    if curl -sf "http://localhost:$1/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application died; see $OUT/app-$1.log" >&2; return 1; fi
    sleep 0.1
  done
  echo "not healthy after 180 s" >&2; return 1
}

stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# login PORT EMAIL: signs in with the demo password and prints the SESSION cookie value.
login() {
  local jar="$OUT/cookies-$2.txt" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$1/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "http://localhost:$1/login" \
    --data-urlencode "email=$2" --data-urlencode "password=kozomol-demo-2026" --data-urlencode "_csrf=$token"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}

# ensure_hey: installs Debian's hey load generator when missing.
ensure_hey() {
  command -v hey >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null; }
}

# start_heap_sampler PID FILE: one jstat sampling the heap every 250 ms into FILE until stop_heap_sampler; sets SAMPLER.
# One JVM for the whole run: starting a jstat per sample took up to a third of a core from the application measured.
start_heap_sampler() {
  jstat -gc "$1" 250 > "$2" 2>/dev/null &
  SAMPLER=$!
}

stop_heap_sampler() {
  [ -n "${SAMPLER:-}" ] || return 0
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
}

# heap_peak FILE: the highest heap in use (survivor + eden + old) and the highest old generation sampled, in MB.
heap_peak() {
  awk 'NR > 1 && $3 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > pu) pu = u; if ($8 > po) po = $8 }
       END { printf "%.0f %.0f", pu / 1024, po / 1024 }' "$1"
}
