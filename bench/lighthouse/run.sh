#!/usr/bin/env bash
# Lighthouse mobile scores for the public pages (issue 11 item 11), against a running app:
#   RateLimiting__Enabled=false dotnet out/PiriformisRehab.Web.dll --urls http://127.0.0.1:5090
#   bench/lighthouse/run.sh http://127.0.0.1:5090
# Lighthouse comes from npm (pinned below) and drives Debian's Chromium; it never downloads a
# browser. Public pages must score 100 in accessibility, best practices and SEO. The self-check's
# pages show a person's answers, so they stay noindex on purpose: for them SEO's "is crawlable"
# audit is expected to fail and only accessibility and best practices must be 100.
# Exits non-zero when a page falls short, so the figures can be rerun and trusted.
set -euo pipefail
base=${1:?base URL of a running app}
version=12.8.2
chromium=${CHROME_PATH:-/usr/bin/chromium}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
public_pages=(/ /account/login /account/register /account/forgot)
private_pages=(/check/nerves /check/start-again)

run() {
  CHROME_PATH="$chromium" npx --yes "lighthouse@$version" "$base$1" --quiet \
    --only-categories=accessibility,best-practices,seo --form-factor=mobile \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run" \
    --output=json --output-path="$out/page.json" >/dev/null
  # Prints: a11y best-practices seo, then any failed audit ids.
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const s = k => Math.round(c[k].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && ["binary","numeric"].includes(a.scoreDisplayMode)).map(a => a.id);
    console.log(s("accessibility"), s("best-practices"), s("seo"), failed.join(",") || "-");' "$out/page.json"
}

status=0
printf '%-22s %-8s %6s %6s %6s  %s\n' page kind a11y bp seo failed-audits
for p in "${public_pages[@]}"; do
  read -r a b s f <<<"$(run "$p")"
  printf '%-22s %-8s %6s %6s %6s  %s\n' "$p" public "$a" "$b" "$s" "$f"
  [ "$a" -eq 100 ] && [ "$b" -eq 100 ] && [ "$s" -eq 100 ] || status=1
done
for p in "${private_pages[@]}"; do
  read -r a b s f <<<"$(run "$p")"
  printf '%-22s %-8s %6s %6s %6s  %s\n' "$p" private "$a" "$b" "$s" "$f"
  [ "$a" -eq 100 ] && [ "$b" -eq 100 ] && [[ "$f" == *is-crawlable* ]] || status=1
done
[ "$status" -eq 0 ] && echo "All pages meet their Lighthouse targets." || echo "Some page falls short (see above)."
exit "$status"
