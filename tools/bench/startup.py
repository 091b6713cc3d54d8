#!/usr/bin/env python3
"""Start-up time and peak memory of `article-reader --screenshot`, against a minimal Qt program.

The minimal program (bench_minimal_viewer, tools/bench/minimal_viewer.cpp) opens a window with
the same text in a plain text view and a list, grabs it to a PNG and exits. Both run alternately,
after warm-up runs, in the same environment; each figure is the median wall time of the runs and
the median of each child's peak resident set size (wait4's ru_maxrss).

    tools/bench/startup.py                       # offscreen (QT_QPA_PLATFORM=offscreen)
    xvfb-run -a tools/bench/startup.py --display # both on the X server the script runs under

Prints figures; never fails on timing.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_once(command, env, timeout=300):
    """Wall time (ms) and peak RSS (MB) of one child process."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err)
        # A blocking wait4 (the child's own peak RSS), with a watchdog so that a hung child cannot
        # hang us. Polling instead would wake this process every fraction of a millisecond and take
        # CPU from the child on a small machine, more so from one that uses two threads.
        watchdog = threading.Timer(timeout, child.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            watchdog.cancel()
        if time.perf_counter() - start > timeout:
            sys.exit(f"startup.py: {' '.join(command)} took over {timeout} s; killed")
        elapsed = (time.perf_counter() - start) * 1000
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            sys.exit(f"startup.py: {' '.join(command)} failed ({child.returncode}):\n"
                     f"{err.read().decode(errors='replace')}")
    return elapsed, usage.ru_maxrss / 1024.0  # KiB on Linux


def measure(commands, env, runs, warmup):
    """Runs the commands alternately; returns {name: (median ms, median peak MB)}."""
    for _ in range(warmup):
        for command in commands.values():
            run_once(command, env)
    samples = {name: ([], []) for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            ms, mb = run_once(command, env)
            samples[name][0].append(ms)
            samples[name][1].append(mb)
    return {name: (statistics.median(t), statistics.median(m), max(m))
            for name, (t, m) in samples.items()}


def verdict(ok):
    return "met" if ok else "MISSED"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    build = os.path.join(ROOT, "build")
    parser.add_argument("--reader", default=os.path.join(build, "app", "article-reader"))
    parser.add_argument("--minimal", default=os.path.join(build, "tools", "bench_minimal_viewer"))
    parser.add_argument("--builtin-text", default=os.path.join(ROOT, "resources",
                                                               "ceasefire-talks.txt"),
                        help="the built-in article's text, for the minimal program")
    parser.add_argument("--article-5mb", default=os.path.join(build, "bench", "article-5mb.txt"),
                        help="the generated article (tools/bench/make_article.py)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--runs-5mb", type=int, default=5)
    parser.add_argument("--display", action="store_true",
                        help="use the display in the environment instead of offscreen")
    args = parser.parse_args()

    for path in (args.reader, args.minimal):
        if not os.access(path, os.X_OK):
            sys.exit(f"startup.py: no {path}; build first (ninja -C build)")

    env = dict(os.environ)
    if not args.display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        # The same fresh settings for every run, and the user's own left alone.
        env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
        env.setdefault("XDG_RUNTIME_DIR", tmp)
        shot = os.path.join(tmp, "reader.png")
        shot2 = os.path.join(tmp, "minimal.png")
        print(f"runs: {args.runs} each, alternately, after {args.warmup} warm-up runs; "
              f"platform {env.get('QT_QPA_PLATFORM', 'from the environment')}; medians")
        results = measure({
            "reader": [args.reader, "--screenshot", shot],
            "minimal": [args.minimal, args.builtin_text, shot2],
        }, env, args.runs, args.warmup)
        (rt, rm, rmax), (mt, mm, mmax) = results["reader"], results["minimal"]
        print(f"startup_builtin: {rt:.1f} ms, minimal Qt program {mt:.1f} ms, "
              f"ratio {rt / mt:.2f} (target <= 1.2) [{verdict(rt / mt <= 1.2)}]")
        print(f"peak_rss_builtin: {rm:.1f} MB, minimal {mm:.1f} MB, ratio {rm / mm:.2f} "
              f"(target <= 1.3) [{verdict(rm / mm <= 1.3)}]  (max of runs {rmax:.1f} / "
              f"{mmax:.1f} MB)")
        sys.stdout.flush()

        if not os.path.exists(args.article_5mb):
            print(f"startup_5mb: skipped, no {args.article_5mb} "
                  f"(run tools/bench/make_article.py {args.article_5mb})")
            return 0
        results = measure({
            "reader": [args.reader, "--screenshot", shot, args.article_5mb],
            "minimal": [args.minimal, args.article_5mb, shot2],
        }, env, args.runs_5mb, 1)
        (rt, rm, rmax), (mt, mm, _) = results["reader"], results["minimal"]
        print(f"startup_5mb (--screenshot, waits for the entities): {rt:.0f} ms, "
              f"minimal Qt program on the same text {mt:.0f} ms, ratio {rt / mt:.2f} "
              f"({args.runs_5mb} runs)")
        print(f"peak_rss_5mb: {rm:.1f} MB (target < 150) [{verdict(rmax < 150)}], "
              f"minimal Qt program {mm:.1f} MB, ratio {rm / mm:.2f}  (max of runs {rmax:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
