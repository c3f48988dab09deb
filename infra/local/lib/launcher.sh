# Sourced by infra/local/up|down|status: finds a JDK 25, builds what is missing, runs the stack launcher.
set -euo pipefail
OPENSOR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
. "$OPENSOR_ROOT/infra/local/lib/java-home.sh"

opensor_missing_builds() {
  local root=$OPENSOR_ROOT
  ls "$root"/infra/stack/target/stack-*-exec.jar >/dev/null 2>&1 || echo "infra/stack"
  for module in registry-api notification-worker search-indexer; do
    ls "$root/$module"/target/"$module"-*.jar >/dev/null 2>&1 || echo "$module"
  done
  ls -d "$root"/infra/servers/target/servers/elasticsearch-* >/dev/null 2>&1 || echo "infra/servers"
  [ -d "$root/infra/servers/target/servers/kafka/libs" ] || echo "infra/servers"
  ls -d "$root"/infra/servers/target/servers/keycloak-* >/dev/null 2>&1 || echo "infra/servers"
}

# $1 = "all" to build services too, "launcher" for the launcher alone
opensor_build_if_missing() {
  local missing
  missing=$(opensor_missing_builds | sort -u | tr '\n' ' ')
  if [ "$1" = launcher ]; then
    case " $missing " in *" infra/stack "*) ;; *) return 0 ;; esac
    echo "Building the stack launcher (first run only)..."
    (cd "$OPENSOR_ROOT" && ./mvnw -q -DskipTests -pl infra/stack -am install)
  elif [ -n "$missing" ]; then
    echo "Building what is missing ($missing) with ./mvnw -DskipTests install; the first build downloads dependencies and takes a few minutes..."
    (cd "$OPENSOR_ROOT" && ./mvnw -q -DskipTests install)
  fi
}

opensor_launch() {
  cd "$OPENSOR_ROOT"
  exec "$JAVA_HOME/bin/java" -Xmx256m -jar "$(ls "$OPENSOR_ROOT"/infra/stack/target/stack-*-exec.jar | head -1)" "$@"
}

# Cluster mode puts HAProxy (Debian's package) in front of registry-api; as root on Debian, install it when missing.
opensor_require_haproxy() {
  if command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing HAProxy (Debian's package) for cluster mode..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends haproxy >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends haproxy >/dev/null; }
  else
    echo "Cluster mode needs HAProxy: install Debian's package (sudo apt-get install haproxy) and run this again." >&2
    exit 1
  fi
}
