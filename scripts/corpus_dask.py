#!/usr/bin/python3
"""Build a Vietnamese-English parallel corpus on a Dask cluster.

Runs the stages of `songngu corpus build` as JSON-lines filters over
partitions of the pile, on the workers of a Dask distributed cluster:

  1. features  `songngu features --stdin --no-sentences`  pages -> pairing keys     (map, one task per partition)
               `| songngu pair --stdin --route`            keys -> SHARD<TAB>keys     (the shuffle: files per date shard)
  2. pair      `songngu pair --stdin --candidates`         a group of shards -> scored candidates (one task per group)
               `songngu pair --stdin --choose`             candidates of all shards -> pairs (one small task)
  3. align     `songngu align --stdin`                     pairs -> links            (map, one task per partition)
  4. export    links.jsonl and Moses / TSV / TMX (identical sentence pairs once, first kept)

The driver only orchestrates: every decision is made by the same songngu code
that `corpus build` runs in one process, so both give the same corpus.

Pages are read by the workers from their paths, so every worker must see
the input and OUT at the same paths (one machine, NFS, a cluster filesystem);
the songngu binary too (--songngu, installed at the same path everywhere).
A bad page (unreadable, binary, empty, invalid UTF-8) is reported in
OUT/errors.txt and on stderr, not fatal.

Finished partitions are files under OUT/work/ (written under a temporary name
and renamed), so running the same command again after a stop (Ctrl-C, a lost
worker, a killed driver) does only what is missing.

usage:
  scripts/corpus_dask.py --vi-dir DIR --en-dir DIR --out OUT [--scheduler tcp://HOST:8786]
  scripts/corpus_dask.py --list pages.txt --out OUT          (lines "vi<TAB>PATH", "en<TAB>PATH")

Without --scheduler a local cluster of --local-workers processes is started.
Progress goes to stderr; the dashboard address is printed at the start.
"""
import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


def log(message):
    print("corpus_dask: " + message, file=sys.stderr, flush=True)


# --- tasks (run on the workers; only standard modules and their arguments) ---

def _worker_name():
    try:
        from distributed import get_worker
        return get_worker().address
    except Exception:  # run outside a worker (tests of the functions)
        return "local"


def _finish(tmp, out_path, cmd, proc_returncode, stderr):
    if proc_returncode != 0:
        os.unlink(tmp)
        raise RuntimeError("%s exited with %d: %s" % (" ".join(cmd), proc_returncode, stderr.strip()[-2000:]))
    os.replace(tmp, out_path)


def _summary(out_path, started):
    lines = errors = 0
    error_lines = []
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            lines += 1
            if '"error"' in line:
                record = json.loads(line)
                if "error" in record:
                    errors += 1
                    error_lines.append(record["error"])
    return {
        "path": out_path,
        "lines": lines,
        "errors": error_lines,
        "seconds": time.time() - started,
        "worker": _worker_name(),
        # Peak RSS (KiB on Linux) of the largest songngu this worker ran so far, and of the worker itself.
        "child_max_rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "worker_max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def run_filter(cmd, records, out_path):
    """Pipes JSON records through `cmd` into out_path (atomically)."""
    started = time.time()
    tmp = "%s.tmp-%d" % (out_path, os.getpid())
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    with open(tmp, "wb") as out:
        proc = subprocess.run(cmd, input=data, stdout=out, stderr=subprocess.PIPE)
    _finish(tmp, out_path, cmd, proc.returncode, proc.stderr.decode("utf-8", "replace"))
    return _summary(out_path, started)


def run_filter_on_files(cmd, in_paths, out_path):
    """Pipes the concatenated files through `cmd` into out_path (atomically)."""
    started = time.time()
    tmp = "%s.tmp-%d" % (out_path, os.getpid())
    with open(tmp, "wb") as out:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out, stderr=subprocess.PIPE)
        import threading
        err = []
        reader = threading.Thread(target=lambda: err.append(proc.stderr.read()))
        reader.start()
        try:
            for path in in_paths:
                with open(path, "rb") as f:
                    while True:
                        block = f.read(1 << 20)
                        if not block:
                            break
                        proc.stdin.write(block)
        finally:
            proc.stdin.close()
            proc.wait()
            reader.join()
    _finish(tmp, out_path, cmd, proc.returncode, b"".join(err).decode("utf-8", "replace"))
    return _summary(out_path, started)


def run_features(features_cmd, route_cmd, records, out_path, shuffle_dir, index_path):
    """Features of a partition, routed to date shards: OUT/work/shuffle/SHARD/part-K.jsonl per shard
    (undated pages under "*"), {"id","lang"} lines for the choice, and the shard counts. out_path
    (the features themselves, with the bad pages' error lines) is written last: it marks the task done."""
    started = time.time()
    part = os.path.basename(out_path)
    tmp = "%s.tmp-%d" % (out_path, os.getpid())
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    with open(tmp, "wb") as out:
        proc = subprocess.run(features_cmd, input=data, stdout=out, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        os.unlink(tmp)
        raise RuntimeError("%s exited with %d: %s" % (" ".join(features_cmd), proc.returncode,
                                                      proc.stderr.decode("utf-8", "replace")[-2000:]))
    with open(tmp, "rb") as f:
        routed = subprocess.run(route_cmd, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if routed.returncode != 0:
        os.unlink(tmp)
        raise RuntimeError("%s exited with %d: %s" % (" ".join(route_cmd), routed.returncode,
                                                      routed.stderr.decode("utf-8", "replace")[-2000:]))
    buckets = {}
    vi = {}
    for line in routed.stdout.decode("utf-8").splitlines(keepends=True):
        key, _, rest = line.partition("\t")
        buckets.setdefault(key, []).append(line)
        vi[key] = vi.get(key, 0) + (json.loads(rest).get("lang") == "vi")
    counts = {}
    for key, lines in buckets.items():
        folder = os.path.join(shuffle_dir, key)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, part)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.writelines(lines)
        os.replace(path + ".tmp", path)
        counts[key] = [len(lines), vi[key]]
    with open(index_path + ".tmp", "w", encoding="utf-8") as index:
        with open(tmp, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if "error" not in record:
                    index.write(json.dumps({"id": record["id"], "lang": record["lang"]}, ensure_ascii=False) + "\n")
        json.dump(counts, open(index_path + ".shards.tmp", "w"))
    os.replace(index_path + ".shards.tmp", index_path + ".shards")
    os.replace(index_path + ".tmp", index_path)
    os.replace(tmp, out_path)
    return _summary(out_path, started)


def run_pair_group(cmd, shuffle_dir, keys, out_path):
    """Candidates of a group of date shards: the undated pages ("*") and the group's shards, in
    shard order (sorted, as Hadoop's shuffle would deliver them), through `pair --candidates`."""
    paths = []
    for key in ["*"] + keys:
        folder = os.path.join(shuffle_dir, key)
        if os.path.isdir(folder):
            paths += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if not n.endswith(".tmp")]
    return run_filter_on_files(cmd, paths, out_path)


# --- driver ---

def read_inputs(args):
    """[(lang, path)] in the order `corpus build` reads them: Vietnamese folders, then English."""
    inputs = []

    def listing(folder, lang):
        if not os.path.isdir(folder):
            sys.exit("corpus_dask: %s: not a directory" % folder)
        prefix = folder if folder.endswith("/") else folder + "/"
        names = sorted(n for n in os.listdir(folder)
                       if not n.startswith(".") and not os.path.isdir(os.path.join(folder, n)))
        return [(lang, prefix + n) for n in names]

    for d in args.vi_dir:
        inputs += listing(d, "vi")
    for d in args.en_dir:
        inputs += listing(d, "en")
    if args.list:
        with open(args.list, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                lang, tab, path = line.partition("\t")
                if not tab or lang not in ("vi", "en", "auto"):
                    sys.exit("corpus_dask: %s:%d: expected LANG<TAB>PATH with LANG vi, en or auto"
                             % (args.list, number))
                inputs.append((lang, path))
    return inputs


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def check_manifest(work, manifest):
    path = os.path.join(work, "manifest.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = json.load(f)
        if old != manifest:
            sys.exit("corpus_dask: %s holds a run over other input or options; give another --out or remove it"
                     % work)
        return True
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(manifest, f)
    os.replace(path + ".tmp", path)
    return False


class Stats:
    def __init__(self):
        self.workers = {}  # address -> peak RSS of songngu and of the worker (KiB)
        self.errors = []

    def add(self, summary):
        w = self.workers.setdefault(summary["worker"], {"child_max_rss_kib": 0, "worker_max_rss_kib": 0, "tasks": 0})
        w["child_max_rss_kib"] = max(w["child_max_rss_kib"], summary["child_max_rss_kib"])
        w["worker_max_rss_kib"] = max(w["worker_max_rss_kib"], summary["worker_max_rss_kib"])
        w["tasks"] += 1
        self.errors += summary["errors"]


def run_stage(client, name, jobs, stats):
    """jobs: [(out_path, function, args)]; skips finished outputs; prints progress."""
    from distributed import as_completed
    todo = [j for j in jobs if not os.path.exists(j[0])]
    done_before = len(jobs) - len(todo)
    if done_before:
        log("%s: %d of %d partitions already done (resumed)" % (name, done_before, len(jobs)))
    started = time.time()
    futures = [client.submit(fn, *fn_args, key="%s-%s" % (name, os.path.basename(out)), pure=False)
               for out, fn, fn_args in todo]
    done = done_before
    for future in as_completed(futures):
        summary = future.result()
        stats.add(summary)
        done += 1
        log("%s: %d/%d partitions (%s: %d lines, %d bad, %.1f s)"
            % (name, done, len(jobs), os.path.basename(summary["path"]), summary["lines"],
               len(summary["errors"]), summary["seconds"]))
    return time.time() - started


def one_line(text):
    """As the TM's exports write a sentence: tabs and line breaks become spaces."""
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def export(links_paths, out, formats):
    """links.jsonl (all links, partition order) and the corpus: each (vi, en) once, as the TM merges them."""
    seen = set()
    units = []
    errors = []
    n_links = 0
    with open(os.path.join(out, "links.jsonl.tmp"), "w", encoding="utf-8") as all_links:
        for path in links_paths:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    record = json.loads(line)
                    if "error" in record:
                        errors.append(record["error"])
                        continue
                    all_links.write(line)
                    n_links += 1
                    pair = (one_line(record["vi"]), one_line(record["en"]))
                    if pair not in seen:
                        seen.add(pair)
                        units.append((pair[0], pair[1], record["score"], record["id"]))
    os.replace(os.path.join(out, "links.jsonl.tmp"), os.path.join(out, "links.jsonl"))
    if "moses" in formats:
        with open(os.path.join(out, "corpus.vi"), "w", encoding="utf-8") as vi, \
                open(os.path.join(out, "corpus.en"), "w", encoding="utf-8") as en:
            for u in units:
                vi.write(u[0] + "\n")
                en.write(u[1] + "\n")
    if "tsv" in formats:
        with open(os.path.join(out, "corpus.tsv"), "w", encoding="utf-8") as f:
            for u in units:
                f.write("%s\t%s\n" % (u[0], u[1]))
    if "tmx" in formats:
        with open(os.path.join(out, "corpus.tmx"), "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                    '  <header creationtool="songngu-corpus-dask" creationtoolversion="1" datatype="plaintext" '
                    'segtype="sentence" o-tmf="songngu" adminlang="en" srclang="vi"/>\n  <body>\n')
            for vi, en, score, pair_id in units:
                f.write('    <tu>\n      <prop type="x-songngu-source">%s</prop>\n'
                        '      <prop type="x-songngu-score">%s</prop>\n'
                        '      <tuv xml:lang="vi"><seg>%s</seg></tuv>\n'
                        '      <tuv xml:lang="en"><seg>%s</seg></tuv>\n    </tu>\n'
                        % (escape(" | ".join(pair_id)), score, escape(vi), escape(en)))
            f.write("  </body>\n</tmx>\n")
    return n_links, len(units), errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__[__doc__.index("usage:"):])
    parser.add_argument("--vi-dir", action="append", default=[], help="folder of Vietnamese pages (repeatable)")
    parser.add_argument("--en-dir", action="append", default=[], help="folder of English pages (repeatable)")
    parser.add_argument("--list", help="file of LANG<TAB>PATH lines (LANG vi, en or auto)")
    parser.add_argument("--out", required=True, help="output folder (links, corpus, work/ for resuming)")
    parser.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.1:8786 (default: local cluster)")
    parser.add_argument("--local-workers", type=int, default=2, help="workers of the local cluster")
    parser.add_argument("--wait-workers", type=int, default=0, help="wait until this many workers have joined")
    parser.add_argument("--songngu", default=os.environ.get("SONGNGU") or os.path.join(HERE, "..", "build", "songngu"),
                        help="songngu binary, at the same path on every worker")
    parser.add_argument("--partition-size", type=int, default=200, help="pages (or pairs) per task")
    parser.add_argument("--formats", default="moses,tsv,tmx", help="exports: moses, tsv, tmx (comma-separated)")
    parser.add_argument("--min-confidence", type=float, help="document pairs below this are not aligned")
    parser.add_argument("--min-score", type=float, help="links below this are not kept")
    parser.add_argument("--stats", help="write run statistics (JSON) to this file")
    parser.add_argument("--shard-days", type=int, default=30,
                        help="days of publication dates per pairing shard (as songngu pair --shard-days)")
    parser.add_argument("--shard-documents", type=int, default=1000,
                        help="shards pair together until they hold this many Vietnamese pages, one task "
                             "per group (as songngu pair --shard-documents)")
    args = parser.parse_args()
    if not args.vi_dir and not args.en_dir and not args.list:
        parser.error("give --vi-dir and --en-dir, or --list")
    formats = [f for f in args.formats.split(",") if f]
    for f in formats:
        if f not in ("moses", "tsv", "tmx"):
            parser.error("unknown format %r (moses, tsv, tmx)" % f)
    songngu = os.path.abspath(args.songngu)
    if not os.access(songngu, os.X_OK):
        parser.error("%s is not an executable songngu (--songngu)" % songngu)

    inputs = read_inputs(args)
    out = os.path.abspath(args.out)
    work = os.path.join(out, "work")
    for d in (out, work, os.path.join(work, "features"), os.path.join(work, "links"), os.path.join(work, "index"),
              os.path.join(work, "shuffle"), os.path.join(work, "candidates")):
        os.makedirs(d, exist_ok=True)
    pair_flags = [] if args.min_confidence is None else ["--min-confidence", repr(args.min_confidence)]
    align_flags = [] if args.min_score is None else ["--min-score", repr(args.min_score)]
    shard_flags = ["--shard-days", str(args.shard_days), "--shard-documents", str(args.shard_documents)]
    manifest = {
        "inputs": hashlib.sha256(json.dumps(inputs).encode()).hexdigest(),
        "pages": len(inputs),
        "partition_size": args.partition_size,
        "pair_flags": pair_flags,
        "align_flags": align_flags,
        "shard_flags": shard_flags,
    }
    check_manifest(work, manifest)

    from distributed import Client, LocalCluster
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               dashboard_address="127.0.0.1:0")
        client = Client(cluster)
    try:
        if args.wait_workers:
            client.wait_for_workers(args.wait_workers, timeout=120)
        log("cluster %s, %d workers; dashboard %s" % (client.scheduler.address, len(client.scheduler_info()["workers"]),
                                                      client.dashboard_link))
        stats = Stats()
        seconds = {}
        tasks = {}
        t0 = time.time()

        # 1. features, one task per partition of pages, routed to date shards.
        quiet = [songngu, "--quiet"]
        features_cmd = quiet + ["features", "--stdin", "--no-sentences"]
        route_cmd = quiet + ["pair", "--stdin", "--route"] + shard_flags
        shuffle = os.path.join(work, "shuffle")
        jobs = []
        index_parts = []
        for k, part in enumerate(chunks(inputs, args.partition_size)):
            records = [{"id": path, "path": os.path.abspath(path), "lang": lang} for lang, path in part]
            path = os.path.join(work, "features", "part-%05d.jsonl" % k)
            index_parts.append(os.path.join(work, "index", "part-%05d.jsonl" % k))
            jobs.append((path, run_features, (features_cmd, route_cmd, records, path, shuffle, index_parts[-1])))
        seconds["features"] = run_stage(client, "features", jobs, stats)
        feature_parts = [j[0] for j in jobs]
        tasks["features"] = len(jobs)

        # 2. pair: one task per group of consecutive date shards (grouped as songngu's
        # GroupShards does: until --shard-documents Vietnamese pages, a smaller last group
        # joining the one before; the undated pages go to every group), then one task
        # choosing the pairs from the candidates of all groups.
        shard_counts = {}
        for index_path in index_parts:
            with open(index_path + ".shards", encoding="utf-8") as f:
                for key, (n, vi) in json.load(f).items():
                    old = shard_counts.get(key, (0, 0))
                    shard_counts[key] = (old[0] + n, old[1] + vi)
        groups, is_open, count = [], False, 0
        for key in sorted(k for k in shard_counts if k not in ("*", "!")):
            if not is_open:
                groups.append([])
                is_open, count = True, 0
            groups[-1].append(key)
            count += shard_counts[key][1]
            if count >= args.shard_documents:
                is_open = False
        if is_open and len(groups) > 1:
            last = groups.pop()
            groups[-1] += last
        if not groups:
            groups.append([])
        candidates_cmd = quiet + ["pair", "--stdin", "--candidates"] + shard_flags + pair_flags
        jobs = []
        for k, keys in enumerate(groups):
            path = os.path.join(work, "candidates", "group-%05d.jsonl" % k)
            jobs.append((path, run_pair_group, (candidates_cmd, shuffle, keys, path)))
        log("pair: %d date shards (%d undated pages in every one) in %d tasks"
            % (len([k for k in shard_counts if k not in ("*", "!")]), shard_counts.get("*", (0, 0))[0], len(groups)))
        seconds["pair"] = run_stage(client, "pair", jobs, stats)
        tasks["pair"] = len(jobs)
        pairs_path = os.path.join(work, "pairs.jsonl")
        seconds["choose"] = run_stage(client, "choose", [(pairs_path, run_filter_on_files,
                                                          (quiet + ["pair", "--stdin", "--choose"] + shard_flags +
                                                           pair_flags, index_parts + [j[0] for j in jobs],
                                                           pairs_path))], stats)
        seconds["pair"] += seconds["choose"]

        # 3. align, one task per partition of pairs.
        where = {path: os.path.abspath(path) for _, path in inputs}
        pairs = []
        unpaired = 0
        with open(pairs_path, encoding="utf-8") as f:
            for line in f:
                p = json.loads(line)
                if "error" in p:
                    continue
                if p["vi"] is not None and p["en"] is not None:
                    pairs.append(p)
                else:
                    unpaired += 1
        align_cmd = quiet + ["align", "--stdin"] + align_flags
        jobs = []
        for k, part in enumerate(chunks(pairs, max(1, args.partition_size // 2))):
            records = [{"id": [p["vi"], p["en"]], "vi_path": where[p["vi"]], "en_path": where[p["en"]]} for p in part]
            path = os.path.join(work, "links", "part-%05d.jsonl" % k)
            jobs.append((path, run_filter, (align_cmd, records, path)))
        seconds["align"] = run_stage(client, "align", jobs, stats)
        tasks["align"] = len(jobs)

        # 4. export.
        t = time.time()
        n_links, n_units, link_errors = export([j[0] for j in jobs], out, formats)
        seconds["export"] = time.time() - t
        seconds["total"] = time.time() - t0

        # Bad records of all stages, from the partition files (also those of resumed partitions).
        errors = []
        for path in feature_parts + [pairs_path]:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if '"error"' in line:
                        record = json.loads(line)
                        if "error" in record:
                            errors.append(record["error"])
        errors += link_errors
        with open(os.path.join(out, "errors.txt"), "w", encoding="utf-8") as f:
            for e in errors:
                f.write(e + "\n")
        for e in errors:
            log("bad record: " + e)
        log("%d pages (%d bad), %d pairs, %d unpaired, %d links, %d corpus units -> %s; "
            "%.1f s (features %.1f, pair %.1f, align %.1f, export %.1f)"
            % (len(inputs), len(errors), len(pairs), unpaired, n_links, n_units, out, seconds["total"],
               seconds["features"], seconds["pair"], seconds["align"], seconds["export"]))
        if args.stats:
            with open(args.stats, "w", encoding="utf-8") as f:
                json.dump({"pages": len(inputs), "bad": len(errors), "pairs": len(pairs), "unpaired": unpaired,
                           "links": n_links, "units": n_units, "seconds": seconds, "tasks": tasks,
                           "workers": stats.workers}, f,
                          indent=1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
