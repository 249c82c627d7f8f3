#!/usr/bin/env python3
"""The simulated machine's own figures, in one run (issue "The simulated
machine", Speed and scale):

  1. the language benchmarks (bench/programs, one thread) through the full
     simulator vs the bare VM (`interleave run --bare-vm`): target <= 1.15x;
  2. 10,000 threads that each sleep and print: target < 1 s natively;
  3. how fast the trace records events and how much memory each takes.

CPU seconds (user + sys) of the child, best of --repeat runs.

usage: bench/sim.py [--interleave build/cli/interleave] [--repeat 3]
"""
import argparse
import os
import re
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = ["fib", "while_loop", "for_range", "generator", "merge_sort", "string_building", "dict_count"]


def cpu_time(cmd, repeat):
    best, out = None, None
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run(cmd, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if r.returncode != 0:
            sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr.decode()[-500:]}")
        dt = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = dt if best is None else min(best, dt)
        out = r
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interleave", default=os.path.join(ROOT, "build", "cli", "interleave"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    cli = args.interleave

    print("1. one thread through the simulator vs the bare VM (CPU s, best of %d)" % args.repeat)
    print(f"   {'program':18} {'bare VM':>8} {'machine':>8} {'ratio':>6}")
    worst = 0
    for p in PROGRAMS:
        path = os.path.join(HERE, "programs", p + ".py")
        bare, _ = cpu_time([cli, "run", path, "--bare-vm"], args.repeat)
        sim, _ = cpu_time([cli, "run", path], args.repeat)
        ratio = sim / bare if bare else 0
        worst = max(worst, ratio)
        print(f"   {p:18} {bare:8.3f} {sim:8.3f} {ratio:6.2f}")
    print(f"   worst ratio {worst:.2f} (target <= 1.15)")

    print("\n2. 10,000 threads that each sleep 0.5 s and print")
    prog = os.path.join(ROOT, "tests", "sim", "programs", "many_threads.py")
    t, r = cpu_time([cli, "run", prog, "--stats"], args.repeat)
    stats = r.stderr.decode()
    records = int(re.search(r"trace\s+(\d+) records", stats).group(1))
    per = float(re.search(r"([\d.]+) bytes per record", stats).group(1))
    sim_time = re.search(r"simulated time\s+(\S+ s)", stats).group(1)
    print(f"   {t:.3f} CPU s natively (target < 1 s), simulated time {sim_time}")
    print(f"   trace: {records} records, {records / t / 1e6:.2f} M records per CPU second, {per:.1f} bytes per record")

    print("\n3. a busy trace: 4 threads, 30,000 locked increments each, yielding after each")
    prog = os.path.join(ROOT, "tests", "sim", "programs", "locked_yield.py")
    t, r = cpu_time([cli, "run", prog, "--stats"], args.repeat)
    stats = r.stderr.decode()
    records = int(re.search(r"trace\s+(\d+) records", stats).group(1))
    per = float(re.search(r"([\d.]+) bytes per record", stats).group(1))
    print(f"   {t:.3f} CPU s, {records} records, {records / t / 1e6:.2f} M records per CPU second, "
          f"{per:.1f} bytes per record")


if __name__ == "__main__":
    main()
