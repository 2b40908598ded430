#!/usr/bin/env bash
# Load benchmark (issue 15 item 6): the published app on loopback, one wrk run per endpoint, each
# endpoint's req/s as a ratio to a static asset's in the same run. See bench/README.md "Load".
#   bench/load/run.sh                 publish in Release to a temp dir, seed, measure, print a table
#   APP_DIR=/tmp/pub bench/load/run.sh  reuse a publish folder (skips the ~1 min publish)
#   DURATION=6s ROUNDS=3 THREADS=2 CONNECTIONS=32 (defaults): each wrk run, and the rounds the medians are over
#   KEEP_RENDERED=false               patient pages rendered on every request (ADR-017's "before")
# Rate limits are off (RateLimiting__Enabled=false): every request comes from one loopback address.
# Everything started here is stopped on exit; the database, mail and publish folder are deleted.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
duration=${DURATION:-6s}; rounds=${ROUNDS:-3}; threads=${THREADS:-2}; connections=${CONNECTIONS:-32}; checkins=${CHECKINS:-40}; patients=${PATIENTS:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
work=$(mktemp -d); app_pid=
cleanup() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

app=${APP_DIR:-}
if [ -z "$app" ]; then
  app=$work/app
  echo "Publishing (Release) to $app ..." >&2
  dotnet publish "$root/src/PiriformisRehab.Web" -c Release -o "$app" -nologo -v q >&2
fi

port=${PORT:-}
if [ -z "$port" ]; then
  for candidate in $(shuf -i 20000-40000 -n 20); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
fi
base=http://127.0.0.1:$port
(
  cd "$app"
  ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false PublicBaseUrl="$base" PatientPages__KeepRendered="${KEEP_RENDERED:-true}" \
    ConnectionStrings__Default="Data Source=$work/bench.db" Email__PickupDirectory="$work/mail" \
    Serilog__MinimumLevel__Default=Warning \
    exec dotnet PiriformisRehab.Web.dll --urls "$base"
) >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 150); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "$base/health/ready" >/dev/null || { echo "The app did not start:" >&2; cat "$work/app.log" >&2; exit 1; }

# --- Seeding, through the app's own pages as a browser would post them ---
jar=$work/physio.jar
antiforgery() { # the first antiforgery token on a page, with the jar's cookies
  curl -fs -b "$jar" -c "$jar" "$base$1" \
    | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="__RequestVerificationToken"' \
    | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'
}
post() { # post PAGE PATH [curl --data args...]: the form on PAGE, posted to PATH; prints the Location
  local page=$1 path=$2; shift 2
  curl -s -o "$work/last.html" -w '%{redirect_url}' -b "$jar" -c "$jar" \
    --data-urlencode "__RequestVerificationToken=$(antiforgery "$page")" "$@" "$base$path"
}
email=physio-$RANDOM@example.com; password='correct horse battery staple'
post /account/register /account/register --data "_handler=register" --data-urlencode "Input.DisplayName=Sam Physio" \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" --data-urlencode "Input.ConfirmPassword=$password" >/dev/null
confirm=
for _ in $(seq 100); do
  # The .eml is quoted-printable: join soft line breaks, then decode '='.
  confirm=$(cat "$work"/mail/*.eml 2>/dev/null | sed ':a;/=$/{N;s/=\n//;ba}' | sed 's/=3D/=/g' \
    | grep -o '/account/confirm?[^[:space:]"<>]*' | head -1 || true)
  [ -n "$confirm" ] && break; sleep 0.1
done
[ -n "$confirm" ] || { echo "No confirmation e-mail arrived." >&2; exit 1; }
curl -fs -b "$jar" -c "$jar" "$base${confirm//&amp;/&}" >/dev/null
post /account/login /account/login --data "_handler=login" --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" >/dev/null
first_patient=; first_programme=
for i in $(seq "$patients"); do
  patient=$(post /clinic /clinic --data "_handler=add-patient" --data-urlencode "Input.Label=Bench patient $i" | grep -o '/clinic/patients/[0-9a-f-]\{36\}' | cut -d/ -f4)
  programme=$(post /clinic "/clinic/patients/$patient/programmes" --data "start=standard" | grep -o '/programmes/[0-9a-f-]\{36\}' | cut -d/ -f3)
  [ -n "$first_patient" ] || { first_patient=$patient; first_programme=$programme; }
done
post /clinic "/clinic/patients/$first_patient/programmes/$first_programme/links" --data "_handler=issue-link" --data "expiryDays=180" >/dev/null
token=$(grep -o '/p/[A-Za-z0-9_-]\{43\}' "$work/last.html" | head -1 | cut -d/ -f3)
[ -n "$token" ] || { echo "No patient link was issued." >&2; exit 1; }
patient_jar=$work/patient.jar
for day in $(seq "$checkins" -1 1); do
  date=$(date -u -d "-$day days" +%F)
  form=$(curl -fs -b "$patient_jar" -c "$patient_jar" "$base/p/$token/diary" \
    | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="__RequestVerificationToken"' \
    | head -1 | sed 's/.*value="\([^"]*\)".*/\1/')
  curl -s -o /dev/null -b "$patient_jar" -c "$patient_jar" --data "_handler=check-in" --data-urlencode "__RequestVerificationToken=$form" \
    --data "sessionDate=$date&painNow=$((2 + day % 3))&painWorst=$((3 + day % 3))&morningAfter=same&exercisesDone=clamshell&exercisePain=2&activity=none&anythingNew=no" \
    --data-urlencode "note=Session $day felt fine" "$base/p/$token/diary"
done
# The physio's cookies as one header, for /clinic (curl marks HttpOnly cookies with a #HttpOnly_ prefix).
cookie=$(sed -n 's/^#HttpOnly_//; /^[^#]/p' "$jar" | awk -F'\t' 'NF>=7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
# Read whole, then searched: grep -q stops at the first match and, under pipefail, curl's broken pipe failed the run.
clinic_page=$(curl -fs -H "Cookie: $cookie" "$base/clinic")
grep -q "Bench patient $patients" <<<"$clinic_page" || { echo "The clinic list does not show the seeded patients." >&2; exit 1; }
# The patient's own antiforgery cookie, as a returning patient's browser sends it.
patient_cookie=$(sed -n 's/^#HttpOnly_//; /^[^#]/p' "$patient_jar" | awk -F'\t' 'NF>=7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
asset=$(curl -fs "$base/" | grep -o 'href="[^"]*app\.[a-z0-9]*\.css"' | head -1 | sed 's/href="\(.*\)"/\1/')
[ -n "$asset" ] || asset=/app.css

# --- Measuring: a warm-up, then one run each, nothing else in between ---
names=("static asset $asset" "POST /api/v1/assessments/evaluate" "GET /" "GET /p/{token}" "GET /p/{token}/diary ($checkins check-ins)" "GET /clinic ($patients patients)" "GET /p/{token}/diary, the patient's cookie")
urls=("$base/${asset#/}" "$base/api/v1/assessments/evaluate" "$base/" "$base/p/$token" "$base/p/$token/diary" "$base/clinic" "$base/p/$token/diary")
run_wrk() { # run_wrk INDEX DURATION
  local i=$1 args=(-t"$threads" -c"$connections" -d"$2" --latency)
  [ "$i" = 1 ] && args+=(-s "$here/evaluate.lua")
  [ "$i" = 5 ] && args+=(-H "Cookie: $cookie")
  [ "$i" = 6 ] && args+=(-H "Cookie: $patient_cookie")
  wrk "${args[@]}" "${urls[$i]}"
}
sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$here/evaluate.lua" >"$work/body.json"
# Every endpoint must answer 200 before it is timed: a 404 or a sign-in redirect is not the page.
declare -a bytes
for i in "${!urls[@]}"; do
  extra=(); [ "$i" = 6 ] && extra=(-H "Cookie: $patient_cookie"); [ "$i" = 1 ] && extra=(-H "Content-Type: application/json" --data "@$work/body.json"); [ "$i" = 5 ] && extra=(-H "Cookie: $cookie")
  read -r status size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "${extra[@]}" "${urls[$i]}")
  bytes[i]=$size
  [ "$status" = 200 ] || { echo "${names[$i]} answered $status, not 200." >&2; exit 1; }
done
for i in "${!urls[@]}"; do run_wrk "$i" 3s >/dev/null; done
# Rounds: every endpoint once per round, static first, so each ratio is to the static asset of the
# same minute; the table gives the median over the rounds (this machine is noisy).
to_ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/ && $1 !~ /ms$/) v *= 1000; printf "%.2f\n", v }'; }
median() { sort -g | awk -v f="${1:-%.2f}" '{ a[NR] = $1 } END { printf f, (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
declare -a errors
for round in $(seq "$rounds"); do
  for i in "${!urls[@]}"; do
    out=$(run_wrk "$i" "$duration")
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    echo "$rps" >>"$work/rps.$i"
    [ "$i" = 0 ] && static=$rps
    awk -v a="$rps" -v b="$static" 'BEGIN { printf "%.3f\n", a / b }' >>"$work/ratio.$i"
    awk '$1 == "50%" {print $2}' <<<"$out" | to_ms >>"$work/p50.$i"
    awk '$1 == "99%" {print $2}' <<<"$out" | to_ms >>"$work/p99.$i"
    e=$(awk '/Non-2xx or 3xx responses:/ {n=$5} /Socket errors:/ {s=$0} END {print (n ? n " non-2xx" : "") (s ? " " s : "")}' <<<"$out")
    [ -z "$e" ] || errors[i]="${errors[i]:-} round $round: $e"
  done
done

echo
echo "Load on $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo '+changes'), load average $(cut -d' ' -f1-3 /proc/loadavg); patient pages kept: ${KEEP_RENDERED:-true}; wrk -t$threads -c$connections -d$duration, median of $rounds rounds"
echo
echo "| Endpoint | bytes | req/s | p50 ms | p99 ms | ratio to static (rounds) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for i in "${!urls[@]}"; do
  printf '| %s | %s | %s | %s | %s | %s (%s) |%s\n' "${names[i]}" "${bytes[i]}" "$(median %.0f <"$work/rps.$i")" "$(median <"$work/p50.$i")" \
    "$(median <"$work/p99.$i")" "$(median %.3f <"$work/ratio.$i")" "$(paste -sd' ' "$work/ratio.$i")" "${errors[i]:+ ${errors[i]}}"
done
