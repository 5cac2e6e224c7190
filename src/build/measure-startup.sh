#!/bin/sh
# Start-up time and idle memory of the app image against a JavaFX hello world, measured the same way in one
# run (README, "Start-up time"):
#
#   src/build/measure-startup.sh [IMAGE] [RUNS]       (IMAGE: target/gopatterns, RUNS: 5)
#
# Builds the hello world (src/build/startup/HelloFX.java) with the JDK in JAVA_HOME and the project's JavaFX
# jars from the local Maven repository, then launches the image and the hello world in turn, RUNS times each,
# each with fresh settings (XDG_CONFIG_HOME in a new temporary folder). "First window" is the time from just
# before the launch to the window's first pulse, which both write to a file (-Dgopatterns.startupMarker).
# Idle memory is the process's resident set (VmRSS) 5 s after that. Prints each launch, both medians and the
# ratios, also of the CPU time used up to the first window (which depends little on the machine's load).
# Without a display it runs itself under xvfb-run.
set -eu

if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi

root=$(cd "$(dirname "$0")/../.." && pwd)
image=${1:-$root/target/gopatterns}
runs=${2:-5}
java_home=${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}
[ -x "$image/bin/gopatterns" ] || { echo "no image at $image: mvn -DskipTests javafx:jlink" >&2; exit 1; }

fx_version=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' "$root/pom.xml")
repo=${MAVEN_REPO:-$HOME/.m2/repository}/org/openjfx
fx_path=
for m in base graphics controls; do
    jar=$repo/javafx-$m/$fx_version/javafx-$m-$fx_version-linux.jar
    [ -f "$jar" ] || { echo "missing $jar (build the project once)" >&2; exit 1; }
    fx_path=$fx_path${fx_path:+:}$jar
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java_home/bin/javac" -d "$work/hello" --module-path "$fx_path" --add-modules javafx.controls \
    "$root/src/build/startup/HelloFX.java"

now_ms() { date +%s%3N; }
ticks=$(getconf CLK_TCK)

# measure NAME COMMAND...: one launch; appends "millis rss_kib" to $work/NAME
measure() {
    name=$1; shift
    marker=$work/marker
    config=$(mktemp -d "$work/config.XXXXXX")
    rm -f "$marker"
    start=$(now_ms)
    XDG_CONFIG_HOME=$config JAVA_TOOL_OPTIONS="-Dgopatterns.startupMarker=$marker" "$@" >/dev/null 2>"$work/stderr" &
    pid=$!
    waited=0
    while [ ! -s "$marker" ]; do
        sleep 0.01
        waited=$((waited + 1))
        if [ $waited -gt 6000 ] || ! kill -0 $pid 2>/dev/null; then
            echo "$name: no window after 60 s or the process ended:" >&2; cat "$work/stderr" >&2
            kill $pid 2>/dev/null || true; exit 1
        fi
    done
    # CPU time (user + system, all threads) up to the first window: unlike the wall time, it hardly
    # depends on what else the machine is doing
    cpu=$(awk '{ print ($14 + $15) * 1000 / '"$ticks"' }' /proc/$pid/stat)
    shown=$(cat "$marker")
    sleep 5
    rss=$(awk '/^VmRSS:/ { print $2 }' /proc/$pid/status)
    kill $pid
    wait $pid 2>/dev/null || true
    echo "$((shown - start)) $rss $cpu" >> "$work/result.$name"
    printf '%-6s first window %5d ms (CPU %5d ms), RSS %4d MiB\n' "$name" $((shown - start)) "$cpu" $((rss / 1024))
}

i=0
while [ $i -lt "$runs" ]; do
    measure app "$image/bin/gopatterns"
    measure hello "$java_home/bin/java" --module-path "$fx_path" --add-modules javafx.controls \
        --enable-native-access=javafx.graphics -cp "$work/hello" HelloFX
    i=$((i + 1))
done

median() { # column $2 of file $1
    cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
app_ms=$(median "$work/result.app" 1); hello_ms=$(median "$work/result.hello" 1)
app_rss=$(median "$work/result.app" 2); hello_rss=$(median "$work/result.hello" 2)
app_cpu=$(median "$work/result.app" 3); hello_cpu=$(median "$work/result.hello" 3)
echo "median of $runs: app first window $app_ms ms, hello world $hello_ms ms, ratio" \
    "$(awk "BEGIN { printf \"%.2f\", $app_ms / $hello_ms }")x"
echo "median of $runs: CPU time to the first window: app $app_cpu ms, hello world $hello_cpu ms, ratio" \
    "$(awk "BEGIN { printf \"%.2f\", $app_cpu / $hello_cpu }")x"
echo "median of $runs: app RSS $(awk "BEGIN { printf \"%.0f\", $app_rss / 1024 }") MiB," \
    "hello world $(awk "BEGIN { printf \"%.0f\", $hello_rss / 1024 }") MiB (5 s after the first window)"
