#!/usr/bin/env bash
# The HTML report's budget for a large corpus: bytes of the page, time and peak memory of
# `report --format html`, and the time headless Chromium takes to load, lay out and screenshot it.
#
#   benchmarks/html-budget.sh ANALYSES.jsonl [COPIES]
#
# ANALYSES.jsonl is `analyze` output; it is replicated COPIES times (default 10) with new document
# ids, as a corpus that size would be. Needs target/framelens.jar (mvn package) and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
analyses=${1:?usage: benchmarks/html-budget.sh ANALYSES.jsonl [COPIES]}
copies=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$analyses" "$copies" "$work/corpus.jsonl" <<'PY'
import json, sys
src, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = [l for l in open(src, encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for k in range(copies):
        for l in lines:
            d = json.loads(l)
            d["id"] = "%s#%d" % (d["id"], k)
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("documents:", copies * len(lines))
PY

/usr/bin/time -f "report --format html: %e s wall, peak RSS %M KB" \
  java -Xmx3g -jar target/framelens.jar report --format html -o "$work/report.html" "$work/corpus.jsonl"
echo "html bytes: $(stat -c %s "$work/report.html")"

echo '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><h1>x</h1></body></html>' \
  > "$work/empty.html"
shot() { # window height, output png[, page]
  local page=${3:-$work/report.html}
  rm -rf "$work/profile"
  mkdir -p "$work/profile"
  local start end
  start=$(date +%s.%N)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --window-size="1280,$1" --screenshot="$2" \
    "file://$page" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "chromium screenshot 1280x$1 of $(basename "$page"): $(echo "$end - $start" | bc) s"
}
# an empty page first and last: Chromium's own start-up, the floor any page's time stands on
shot 2000 "$work/empty.png" "$work/empty.html"
shot 2000 "$work/top.png"
# the page's full height, from the DOM of a copy that writes it into an attribute once laid out
# (every section laid out, as in a full screenshot, not estimated as content-visibility would)
sed -e 's|</head>|<style>*{content-visibility:visible!important}</style></head>|' -e 's|</body>|<script>document.documentElement.setAttribute("data-height",document.documentElement.scrollHeight)</script></body>|' \
  "$work/report.html" > "$work/measure.html"
mkdir -p "$work/profile-m"
height=$(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile-m" --window-size=1280,2000 --dump-dom "file://$work/measure.html" 2>/dev/null \
  | grep -o 'data-height="[0-9]*"' | grep -o '[0-9]*')
echo "page height: $height px"
shot "$height" "$work/full.png"
# the floor for a screenshot that size: a page of nothing but one tall gradient
echo "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head><body style=\"margin:0\"><div style=\"height:${height}px;background:linear-gradient(#fff,#dde)\"></div></body></html>" \
  > "$work/tall.html"
shot "$height" "$work/tall.png" "$work/tall.html"
shot 2000 "$work/empty.png" "$work/empty.html"
