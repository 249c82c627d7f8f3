#!/usr/bin/env python3
"""asyncio and generator figures, side by side with CPython in one run
(issue "Coroutines", Speed and scale):

  1. N tasks that each await asyncio.sleep(random delay), gathered
     (N = 10,000 and 100,000): CPU seconds and peak memory; the memory per
     suspended task is the growth from 10k to 100k divided by 90,000;
  2. an asyncio.Queue producer/consumer moving 1,000,000 items;
  3. generator send() round trips per second (3,000,000 sends).

Each row runs CPython (python3), our native CLI and, when built, our wasm
CLI under Node (build-web/node/cli/interleave.js). CPU seconds are user +
sys of the child, best of --repeat runs; memory is the child's peak RSS.

usage: bench/asyncio.py [--interleave build/cli/interleave] [--wasm build-web/node/cli/interleave.js] [--repeat 1]
"""
import argparse
import os
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROG = os.path.join(HERE, "asyncio_programs")


def measure(cmd, repeat):
    best = None
    for _ in range(repeat):
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execvp(cmd[0], cmd)
        _, status, ru = os.wait4(pid, 0)
        if status != 0:
            sys.exit(f"failed ({status}): {' '.join(cmd)}")
        cpu = ru.ru_utime + ru.ru_stime
        rss_mb = ru.ru_maxrss / 1024
        if best is None or cpu < best[0]:
            best = (cpu, rss_mb)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interleave", default=os.path.join(ROOT, "build", "cli", "interleave"))
    ap.add_argument("--wasm", default=os.path.join(ROOT, "build-web", "node", "cli", "interleave.js"))
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    runners = [("CPython", lambda p, a: ["python3", p] + a),
               ("native", lambda p, a: [args.interleave, "run", p, "--"] + a)]
    if os.path.exists(args.wasm):
        runners.append(("wasm", lambda p, a: ["node", args.wasm, "run", p, "--"] + a))
    else:
        print(f"note: {args.wasm} not built (make wasm-cli): no wasm column")

    def row(label, program, argv, unit=None, count=None):
        cells = []
        base = None
        for name, make in runners:
            cpu, rss = measure(make(os.path.join(PROG, program), argv), args.repeat)
            base = cpu if base is None else base
            cell = f"{cpu:7.2f} s {rss:6.0f} MB"
            if name != "CPython":
                cell += f" ({cpu / base:4.2f}x)"
            if count:
                cell += f" {count / cpu / 1e6:5.2f} M{unit}/s"
            cells.append((name, cell))
        print(f"{label}")
        for name, cell in cells:
            print(f"    {name:8} {cell}")
        return cells

    print("CPU seconds (ratio to CPython), peak RSS\n")
    mem = {}
    for n in (10_000, 100_000):
        for name, make in runners:
            cpu, rss = measure(make(os.path.join(PROG, "tasks_sleep.py"), [str(n)]), args.repeat)
            mem.setdefault(name, {})[n] = (cpu, rss)
    print("1. N tasks awaiting asyncio.sleep(random), gathered")
    for n in (10_000, 100_000):
        print(f"   N = {n:,}")
        base = mem["CPython"][n][0]
        for name in mem:
            cpu, rss = mem[name][n]
            ratio = "" if name == "CPython" else f" ({cpu / base:4.2f}x)"
            print(f"    {name:8} {cpu:7.2f} s {rss:6.0f} MB{ratio}")
    print("   memory per suspended task (RSS growth 10k -> 100k / 90,000):")
    for name in mem:
        per = (mem[name][100_000][1] - mem[name][10_000][1]) * 1024 * 1024 / 90_000
        print(f"    {name:8} {per:7.0f} bytes")
    print()
    row("2. asyncio.Queue(maxsize=100): producer/consumer moving 1,000,000 items", "queue_pipe.py", ["1000000"],
        "items", 1_000_000)
    print()
    row("3. generator send() round trips (3,000,000)", "gen_send.py", ["3000000"], "sends", 3_000_000)


if __name__ == "__main__":
    main()
