#!/usr/bin/env python3
"""Runs the benchmark programs on CPython and on Interleave's native build
(with the per-instruction scheduling hook on, as always) and prints one
table of wall-clock times and ratios. Optional columns for the wasm build
and the npm peers are added when given.

usage: bench/run.py [--interleave build-vm/cli/interleave] [--python python3]
                    [--repeat 3] [PROGRAMS...]
"""
import argparse
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ["fib", "while_loop", "for_range", "generator", "merge_sort", "string_building", "dict_count"]


def best_time(cmd, cwd, repeat):
    """Best CPU time (user + sys of the child) over [repeat] runs: on a
    shared machine wall-clock time mostly measures the neighbours."""
    best = None
    out = None
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run(cmd, cwd=cwd, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        dt = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if r.returncode != 0:
            return None, r.stderr.decode(errors="replace")[-300:]
        out = r.stdout
        best = dt if best is None else min(best, dt)
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interleave", default=os.path.join(HERE, "..", "build-vm", "cli", "interleave"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    progs = args.programs or PROGRAMS
    folder = os.path.join(HERE, "programs")
    print(f"{'program':<18}{'CPython s':>11}{'Interleave s':>14}{'ratio':>8}  same output   (CPU seconds, best of {args.repeat})")
    for p in progs:
        name = p + ".py"
        tp, outp = best_time([args.python, name], folder, args.repeat)
        ti, outi = best_time([os.path.abspath(args.interleave), "run", name], folder, args.repeat)
        if tp is None or ti is None:
            print(f"{p:<18} failed: {outi if ti is None else outp}")
            continue
        print(f"{p:<18}{tp:>11.2f}{ti:>14.2f}{ti / tp:>8.2f}  {'yes' if outp == outi else 'NO'}")


if __name__ == "__main__":
    main()
