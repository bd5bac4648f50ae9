# Shared by the benchmarks: start a fresh copy of the built distribution on loopback and stop it.
# Usage: source bench/common.sh; bobine_start <dir> <port>; ...; bobine_stop <dir>
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH_DIR")"
ASSEMBLY="$REPO/karaf-distribution/target/assembly"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
ROOT_PASSWORD="bench-root-password"

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench needs $tool (apt-get install $tool)" >&2; exit 1; }
  done
}

bobine_start() { # dir port -> fresh copy of the distribution, started; prints seconds to the first 200
  local dir="$1" port="$2"
  [ -d "$ASSEMBLY/bin" ] || { echo "build first: mvn -DskipTests install" >&2; exit 1; }
  rm -rf "$dir" && cp -r "$ASSEMBLY" "$dir"
  bobine_restart "$dir" "$port"
}

bobine_restart() { # dir port -> starts a copy (again), prints seconds to the first 200
  local dir="$1" port="$2" start
  start=$(date +%s.%N)
  BOBINE_HTTP_PORT="$port" BOBINE_SSH_PORT=$((port + 1)) BOBINE_PUBLIC_URL="http://127.0.0.1:$port" \
    BOBINE_ROOT_PASSWORD="$ROOT_PASSWORD" "$dir/bin/start" >/dev/null 2>&1
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/videos?count=1")" = "200" ]; then
      echo "$(date +%s.%N) - $start" | bc
      return 0
    fi
    sleep 0.1
  done
  echo "Bobine did not answer on port $port" >&2
  return 1
}

bobine_shell() { # dir port command -> runs a Karaf shell command over SSH (port + 1), prints its output
  printf '%s\nlogout\n' "$3" | "$1/bin/client" -a $(( $2 + 1 )) -u karaf -p karaf -r 10 -d 1 2>&1
}

bobine_without_media() { # dir port -> stops the transcoding pipeline and the media engine of a running copy
  # Benchmarks that seed thousands of tiny fake videos: without an engine nothing probes them (they are
  # accepted as is) and nothing transcodes them behind the measurement. The bundles stop; nothing refreshes.
  bobine_shell "$1" "$2" "bundle:stop org.bobine.transcoding.impl org.bobine.media.ffmpeg" >/dev/null
  for _ in $(seq 1 100); do
    [ "$(bobine_shell "$1" "$2" "bundle:list -s" | grep -E 'org.bobine.(media.ffmpeg|transcoding.impl) ' | grep -c Active)" = "0" ] && break
    sleep 0.2
  done
}

bobine_pid() { # dir
  pgrep -f -- "-Dkaraf.home=$1 " | head -1
}

bobine_stop() { # dir
  "$1/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 300); do bobine_pid "$1" >/dev/null || return 0; sleep 0.1; done
}

token() { # base url -> access token of root
  local client id secret
  client=$(curl -s "$1/api/v1/oauth-clients/local")
  id=$(echo "$client" | python3 -c 'import json,sys;print(json.load(sys.stdin)["client_id"])')
  secret=$(echo "$client" | python3 -c 'import json,sys;print(json.load(sys.stdin)["client_secret"])')
  curl -s "$1/api/v1/users/token" -d "client_id=$id&client_secret=$secret&grant_type=password&username=root&password=$ROOT_PASSWORD" \
    | python3 -c 'import json,sys;print(json.load(sys.stdin)["access_token"])'
}

upload_published() { # base token file name -> uploads the file to root's first channel, waits until published, prints the uuid
  local base="$1" tok="$2" file="$3" name="$4" channel uuid
  channel=$(curl -s -H "Authorization: Bearer $tok" "$base/api/v1/users/me" | python3 -c 'import json,sys;print(json.load(sys.stdin)["videoChannels"][0]["id"])')
  uuid=$(curl -s -H "Authorization: Bearer $tok" -F name="$name" -F channelId="$channel" -F videofile=@"$file" \
    "$base/api/v1/videos/upload" | python3 -c 'import json,sys;print(json.load(sys.stdin)["video"]["uuid"])')
  until [ "$(curl -s "$base/api/v1/videos/$uuid" | python3 -c 'import json,sys;print(json.load(sys.stdin)["state"]["id"])')" = 1 ]; do
    sleep 1
  done
  echo "$uuid"
}

nginx_start() { # work-dir port content-type -> nginx (one worker, sendfile) serving work-dir/www; pid in work-dir/nginx.pid
  local work="$1" port="$2" type="$3"
  cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  server {
    listen 127.0.0.1:$port;
    root $work/www;
    default_type $type;
    location / { try_files \$uri =404; }
  }
}
CONF
  nginx -c "$work/nginx.conf"
}
