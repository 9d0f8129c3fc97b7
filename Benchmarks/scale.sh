#!/usr/bin/env bash
# Scale runs that need whole processes: corpus generation, ingest into a fresh store at 10k and
# 100k documents (both cores), cold queries (a new process opens the store and answers), peak
# resident memory of each (GNU time). Then the ordo-one benchmarks (extraction single-thread,
# streamed 50 MB corpora, warm queries). Release builds throughout.
#
#   bash Benchmarks/scale.sh [WORKDIR]        (default /tmp/fupin-bench; needs ~2 GB)
set -euo pipefail
cd "$(dirname "$0")/.."
W=${1:-/tmp/fupin-bench}
SIZES=${SIZES:-"10000 100000"}
mkdir -p "$W"
swift build -c release --product fupin >/dev/null
BIN=$PWD/.build/release/fupin
OUT=Benchmarks/results
mkdir -p "$OUT"
T="/usr/bin/time -f %e\t%M"   # wall seconds, peak RSS KB

measure() {  # name, command...
  local name=$1; shift
  local t
  t=$( { $T "$@" >/dev/null 2>"$W/err.txt"; } 2>&1; tail -1 "$W/err.txt")
  echo -e "$name\t$(tail -1 "$W/err.txt")" | tee -a "$OUT/scale.tsv"
}

echo -e "run\twall_s\tpeak_rss_kb" > "$OUT/scale.tsv"
for n in $SIZES; do
  c="$W/corpus-$n"
  [ -d "$c" ] || $BIN generate --documents "$n" --out "$c" --traditional-share 0.3
  mb=$(find "$c" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s/1048576}')
  # The old store's deletion must not slow the new one: ext4 skips inodes deleted in the last
  # 60 s (360 s while their table block is dirty) and scans their table blocks to find that out
  # (`recently_deleted` in fs/ext4/ialloc.c) — measured here, up to half the ingest's time. So:
  # delete, sync, wait the minute out, drop the kernel's caches (when root); then read the corpus
  # once so that every run starts with it cached.
  rm -rf "$W/store-$n"; sync; sleep 65
  [ -w /proc/sys/vm/drop_caches ] && echo 3 > /proc/sys/vm/drop_caches
  find "$c" -type f -exec cat {} + > /dev/null
  measure "ingest $n docs ($mb MB)" $BIN ingest --store "$W/store-$n" "$c"
  measure "cold query $n docs" $BIN query --store "$W/store-$n" 'sum persons where region="个旧"'
  measure "cold query (2nd) $n docs" $BIN query --store "$W/store-$n" 'sum persons where region="个旧"'
done
for script in simplified traditional; do
  share=0; [ $script = traditional ] && share=1
  c="$W/corpus-50mb-$script"
  [ -d "$c" ] || $BIN generate --documents 18000 --traditional-share $share --out "$c" --seed 50
done
# Whole pipeline (read, decode, extract, write CSV), streamed file by file: on one core (MB/s per
# core), then on all cores.
for script in simplified traditional; do
  mb=$(find "$W/corpus-50mb-$script" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s/1048576}')
  find "$W/corpus-50mb-$script" -type f -exec cat {} + > /dev/null   # a warm cache, as for ingest
  measure "extract 1 core $script ($mb MB)" taskset -c 0 $BIN extract "$W/corpus-50mb-$script" --format csv
  find "$W/corpus-50mb-$script" -type f -exec cat {} + > /dev/null
  measure "extract all cores $script ($mb MB)" $BIN extract "$W/corpus-50mb-$script" --format csv
done
# Memory on big pages: 100 files of about 1.2 MB (400 reports each, a line apart so that each
# is new content), extracted on all cores and ingested into a fresh store: peak RSS.
p="$W/corpus-pages"
if [ ! -d "$p" ]; then
  mkdir -p "$p"
  mapfile -t reports < <(find "$W/corpus-50mb-simplified" -name '*.txt' | sort | head -400)
  for i in $(seq -w 0 99); do { echo "page $i"; cat "${reports[@]}"; } > "$p/page$i.txt"; done
fi
measure "extract all cores, 100 pages of 1.2 MB" $BIN extract "$p" --format csv
rm -rf "$W/store-pages"
measure "ingest 100 pages of 1.2 MB" $BIN ingest --store "$W/store-pages" "$p"
rm -rf "$W/store-pages"
# Long lines: one sentence of 200,000 characters, towns' figures run together with no clause's
# break (joined by 和), and the same joined by commas: time and peak RSS grow with the line, not its square.
l="$W/corpus-longline"
if [ ! -d "$l" ]; then
  mkdir -p "$l/nobreak" "$l/commas"
  python3 - "$l" "$PWD/Sources/FupinExtraction/Resources/towns.tsv" <<'PY'
import random, sys
random.seed(1)
towns = [l.split('\t')[0] for l in open(sys.argv[2], encoding='utf-8') if not l.startswith('#')][:5000]
for name, joint in (('nobreak', '和'), ('commas', '，')):
    parts, n = [], 0
    while n < 200000:
        p = f"{random.choice(towns)}投入{random.randint(1, 999)}万元{joint}"
        parts.append(p); n += len(p)
    open(f"{sys.argv[1]}/{name}/line.txt", 'w', encoding='utf-8').write("标题\n\n" + ''.join(parts) + "。\n")
PY
fi
# Figures packed closer than a unit's reach with no mark at all (剩余10户剩余11户…): the line is still read in pieces.
p="$W/corpus-packed"
if [ ! -d "$p" ]; then
  mkdir -p "$p"
  python3 -c "
parts, n, i = [], 0, 0
while n < 100000:
    x = f'剩余{10 + i}户'; parts.append(x); n += len(x); i += 1
open('$p/line.txt', 'w', encoding='utf-8').write('剩余任务\n\n2020年' + ''.join(parts) + '年底前建成。\n')
"
fi
measure "extract one line of 100,000 characters of figures packed with no mark" $BIN extract "$p" --format csv
measure "extract one line of 200,000 characters, no clause break" $BIN extract "$l/nobreak" --format csv
measure "extract one line of 200,000 characters, commas" $BIN extract "$l/commas" --format csv
cd Benchmarks
swift package --allow-writing-to-package-directory benchmark --target Extraction --format markdown --no-progress \
  | tee "results/extraction-inmemory.md"
for n in $SIZES; do
  FUPIN_BENCH_STORE="$W/store-$n" swift package --allow-writing-to-package-directory benchmark --target Query \
    --format markdown --no-progress | tee "results/query-$n.md"
done
