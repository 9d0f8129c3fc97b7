#!/usr/bin/env python3
"""Time fupin's extraction against the Python tools people use for parts of this job, on the
same documents, in one run, and print the ratios.

    python3 Benchmarks/compare.py [CORPUS_DIR] [TRADITIONAL_DIR]

Defaults are the 50 MB corpora Benchmarks/scale.sh writes (/tmp/fupin-bench/corpus-50mb-*).
Creates Benchmarks/.venv and installs jionlp, recognizers-text-suite and opencc into it.
fupin runs pinned to one core (taskset), so every figure is per core. The VM this was written
on has fast and slow phases (up to 1.7x): each figure is the best of several runs (fupin end to
end five, its extractor in memory five passes at each of three points of the run, JioNLP three), so that one unlucky run does not
make the ratio; run the script more than once and quote the range.
"""
import os, subprocess, sys, tempfile, time, shutil, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VENV = os.path.join(HERE, ".venv")
PY = os.path.join(VENV, "bin", "python")
FUPIN = os.path.join(ROOT, ".build", "release", "fupin")
IN_MEMORY = os.path.join(HERE, ".build", "release", "extract-in-memory")


def ensure_venv():
    if not os.path.exists(PY):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([PY, "-m", "pip", "install", "-q", "jionlp", "recognizers-text-suite", "emoji<1", "opencc"], check=True)


def sample(corpus, megabytes):
    files, total = [], 0
    for f in sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True)):
        files.append(f)
        total += os.path.getsize(f)
        if total >= megabytes * 1_048_576:
            break
    return files, total


def best(runs, timed):
    """The fastest of `runs` calls of `timed` (which returns seconds and a count)."""
    return min((timed() for _ in range(runs)), key=lambda r: r[0])


def run_python(code, files):
    listing = tempfile.NamedTemporaryFile("w", delete=False, suffix=".lst")
    listing.write("\n".join(files)); listing.close()
    script = f"""
import time, sys
texts = [open(p, encoding='utf-8').read() for p in open({listing.name!r}).read().split('\\n')]
{code}
t0 = time.perf_counter()
n = 0
for t in texts:
    n += len(work(t) or ())
print(time.perf_counter() - t0, n)
"""
    out = subprocess.run([PY, "-c", script], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    secs, n = out.stdout.split()[-2:]
    return float(secs), int(n)


def time_fupin(files):
    d = tempfile.mkdtemp()
    for f in files:
        shutil.copy(f, d)
    os.sync()   # the copies written back now, not while fupin runs
    # facts go to a file, not through a pipe into this process: the other tools keep theirs in memory
    out = os.path.join(d, "facts.jsonl.out")

    def once():
        # the files read just before, so that fupin reads them from the page cache as the Python
        # tools read theirs before timing (this VM drops unused cache pages within seconds)
        for f in glob.glob(os.path.join(d, "*.txt")):
            with open(f, "rb") as warm:
                warm.read()
        with open(out, "wb") as sink:
            t0 = time.perf_counter()
            subprocess.run(["taskset", "-c", "0", FUPIN, "extract", d, "--format", "jsonl"], stdout=sink, stderr=subprocess.DEVNULL)
            return time.perf_counter() - t0, 0
    secs, _ = best(5, once)
    with open(out, "rb") as f:
        n = sum(1 for _ in f)
    shutil.rmtree(d)
    return secs, n


def time_fupin_in_memory(files):
    """fupin's extractor timed as the Python tools are: texts read first, facts counted, no
    output; one thread, the best of five passes (Benchmarks/Benchmarks/InMemory)."""
    listing = tempfile.NamedTemporaryFile("w", delete=False, suffix=".lst")
    listing.write("\n".join(files)); listing.close()
    out = subprocess.run(["taskset", "-c", "0", IN_MEMORY, listing.name, "5"], capture_output=True, text=True, check=True)
    os.unlink(listing.name)
    secs, n = out.stdout.split()
    return float(secs), int(n)


def time_fupin_startup():
    """fupin's fixed cost (process start, gazetteer, OpenCC table): the best of five runs on one
    short report. The Python tools are timed after their imports and with the texts already read,
    so their figures leave this out too."""
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "one.txt"), "w", encoding="utf-8") as f:
        f.write("2019年,全县500人脱贫。\n")
    best = None
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(["taskset", "-c", "0", FUPIN, "extract", d, "--format", "jsonl"], capture_output=True)
        secs = time.perf_counter() - t0
        best = secs if best is None else min(best, secs)
    shutil.rmtree(d)
    return best


def time_grep(files):
    t0 = time.perf_counter()
    out = subprocess.run(["grep", "-ohP", r"\d+(\.\d+)?(万|亿)?(元|人|户)"] + files, capture_output=True)
    return time.perf_counter() - t0, out.stdout.count(b"\n")


def main():
    simp = sys.argv[1] if len(sys.argv) > 1 else "/tmp/fupin-bench/corpus-50mb-simplified"
    trad = sys.argv[2] if len(sys.argv) > 2 else "/tmp/fupin-bench/corpus-50mb-traditional"
    ensure_venv()
    subprocess.run(["swift", "build", "-c", "release", "--package-path", HERE, "--product", "extract-in-memory"],
                   check=True, stdout=subprocess.DEVNULL)
    rows = []
    files, size = sample(simp, 5)
    mb = size / 1_048_576
    startup = time_fupin_startup()
    s, n = time_fupin(files); rows.append(("fupin extract (all measures, kinds, places, years), 1 core", mb, s, n))
    fupin_rate = mb / s
    rows.append((f"  same, less its {startup * 1000:.0f} ms start-up", mb, s - startup, n))
    steady_rate = mb / (s - startup)
    # the extractor in memory is timed three times, between the other tools, and the best kept: a
    # second of passes can fall wholly in the VM's slow phase, where JioNLP's runs span several
    in_memory = [time_fupin_in_memory(files)]
    s, n = best(3, lambda: run_python("import jionlp\nwork = lambda t: jionlp.ner.extract_money(t, with_parsing=False)", files))
    rows.append(("JioNLP extract_money (money only)", mb, s, n))
    in_memory.append(time_fupin_in_memory(files))
    small, ssize = sample(simp, 0.25)
    s, n = run_python("from recognizers_number_with_unit import recognize_currency\nfrom recognizers_text import Culture\n"
                      "work = lambda t: recognize_currency(t, Culture.Chinese)", small)
    rows.append(("Recognizers-Text currency (money only)", ssize / 1_048_576, s, n))
    in_memory.append(time_fupin_in_memory(files))
    s, n = min(in_memory)
    rows.insert(2, ("  fupin's extractor alone, texts in memory (as JioNLP is timed)", mb, s, n))
    like_rate = mb / s
    s, n = time_grep(files); rows.append(("grep -oP number+unit (one regex, no context)", mb, s, n))
    tfiles, tsize = sample(trad, 5)
    tmb = tsize / 1_048_576
    s, n = time_fupin(tfiles); rows.append(("fupin extract, traditional text, 1 core", tmb, s, n))
    rows.append((f"  same, less its {startup * 1000:.0f} ms start-up", tmb, s - startup, n))
    s, n = run_python("import opencc\ncc = opencc.OpenCC('t2s')\nwork = lambda t: [cc.convert(t)]", tfiles)
    rows.append(("OpenCC t2s conversion only (Python)", tmb, s, n))
    # fupin × : fupin end to end (its start-up, file reads and 4 MB of JSON lines per MB read
    # included) over the tool; "no start-up" leaves fupin's start-up out; "like for like" is
    # fupin's extractor on texts in memory with no output, which is how the Python tools are timed.
    print(f"{'tool':64} {'MB':>6} {'seconds':>8} {'MB/s':>8} {'found':>8} {'fupin ×':>8} {'no start-up':>11} {'like for like':>13}")
    for name, m, secs, n in rows:
        rate = m / secs
        print(f"{name:64} {m:6.2f} {secs:8.2f} {rate:8.2f} {n:8d} {fupin_rate / rate:8.2f} {steady_rate / rate:11.2f} {like_rate / rate:13.2f}")


if __name__ == "__main__":
    main()
