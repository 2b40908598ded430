#!/usr/bin/env bash
# Sign-in timing for a known and an unknown address (account enumeration, issue 14 item 5).
# Against a running app with limits off, so no request is refused on the way:
#   RateLimiting__Enabled=false Accounts__MaxFailedSignIns=100 Accounts__MaxFailedSignInsPerAccount=1000 \
#     dotnet out/PiriformisRehab.Web.dll --urls http://127.0.0.1:5023
#   bench/signin-timing.sh http://127.0.0.1:5023 confirmed-physio@example.com [rounds]
# Posts a wrong password for the known address and for a fresh unknown one, alternately, and
# prints the median, minimum and maximum of each (curl's time_total) and their ratio.
set -euo pipefail
base=${1:?base URL}; known=${2:?an address that has a confirmed account}; rounds=${3:-41}
jar=$(mktemp); trap 'rm -f "$jar" "$jar".k "$jar".u' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$base/account/login" \
  | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="__RequestVerificationToken"' \
  | head -1 | sed 's/.*value="\([^"]*\)".*/\1/')
post() {
  curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$1" --data "_handler=login&Input.Password=not+the+right+password" "$base/account/login"
}
for _ in 1 2 3; do post "$known" >/dev/null; post "warm-up@example.invalid" >/dev/null; done
for i in $(seq "$rounds"); do post "$known" >>"$jar".k; post "nobody-$i-$RANDOM@example.invalid" >>"$jar".u; done
median() { sort -n "$1" | awk '{a[NR]=$1*1000} END{printf "%.1f %.1f %.1f", a[int((NR+1)/2)], a[1], a[NR]}'; }
read -r km kmin kmax <<<"$(median "$jar".k)"; read -r um umin umax <<<"$(median "$jar".u)"
printf 'known   median %s ms (min %s, max %s, n=%s)\nunknown median %s ms (min %s, max %s, n=%s)\nratio known/unknown %.2f\n' \
  "$km" "$kmin" "$kmax" "$rounds" "$um" "$umin" "$umax" "$rounds" "$(awk -v a="$km" -v b="$um" 'BEGIN{print a/b}')"
