#!/usr/bin/env python3
"""Runs the benchmark programs on CPython, on Interleave's native build
(with the per-instruction scheduling hook on, as always), on Interleave's
wasm build under Node.js, and on the browser Pythons Pyodide and MicroPython
(npm, bench/peers), and prints one table of times and ratios to CPython.

  CPython, native:  CPU seconds of the whole process (user + sys, start-up
                    included), best of N
  wasm, Pyodide, MicroPython: wall seconds of the program alone (compiling
                    and running it), start-up excluded, best of N: the wasm
                    CLI reports it with --time, bench/peers/run_peer.mjs for
                    the peers
  wasm start-up:    wall seconds of the whole Node process minus the
                    program's (Node, wasm compilation, the VM's set-up),
                    from the run with the best program time

usage: bench/run.py [--interleave build/cli/interleave] [--wasm build-web/node/cli/interleave.js]
                    [--no-peers] [--python python3] [--repeat 3] [PROGRAMS...]
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


def best_wasm(wasm, name, cwd, repeat, startup):
    """Best time the wasm CLI reports for the program alone (--time); the
    process's wall time minus it goes to [startup] (keyed by program)."""
    best = None
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = subprocess.run(["node", wasm, "run", name, "--time"], cwd=cwd, capture_output=True)
        wall = time.perf_counter() - t0
        if r.returncode != 0:
            return None, r.stderr.decode(errors="replace")[-300:]
        err = r.stderr.decode(errors="replace")
        seconds = [line for line in err.splitlines() if line.startswith("interleave-seconds:")]
        if not seconds:
            return None, err[-300:]
        dt = float(seconds[-1].split()[1])
        out = r.stdout
        if best is None or dt < best:
            best = dt
            startup[name] = wall - dt
    return best, out


def best_peer(peer, name, cwd, repeat):
    """Best time a peer reports for the program alone (start-up excluded)."""
    runner = os.path.join(HERE, "peers", "run_peer.mjs")
    best = None
    out = None
    for _ in range(repeat):
        r = subprocess.run(["node", runner, peer, name], cwd=cwd, capture_output=True)
        if r.returncode != 0:
            return None, r.stderr.decode(errors="replace")[-300:]
        err = r.stderr.decode(errors="replace")
        seconds = [line for line in err.splitlines() if line.startswith("peer-seconds:")]
        if not seconds:
            return None, err[-300:]
        dt = float(seconds[-1].split()[1])
        out = r.stdout
        best = dt if best is None else min(best, dt)
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interleave", default=os.path.join(HERE, "..", "build", "cli", "interleave"))
    ap.add_argument("--wasm", default=os.path.join(HERE, "..", "build-web", "node", "cli", "interleave.js"),
                    help="the CLI built for Node.js (make wasm-cli); skipped if missing")
    ap.add_argument("--no-peers", action="store_true", help="skip Pyodide and MicroPython")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    progs = args.programs or PROGRAMS
    folder = os.path.join(HERE, "programs")

    columns = [("CPython", lambda n: best_time([args.python, n], folder, args.repeat)),
               ("native", lambda n: best_time([os.path.abspath(args.interleave), "run", n], folder, args.repeat))]
    startup = {}
    if os.path.exists(args.wasm):
        wasm = os.path.abspath(args.wasm)
        columns.append(("wasm", lambda n: best_wasm(wasm, n, folder, args.repeat, startup)))
    else:
        print(f"(no wasm column: {args.wasm} is missing; make wasm-cli builds it)")
    if not args.no_peers and os.path.isdir(os.path.join(HERE, "peers", "node_modules", "pyodide")):
        columns.append(("Pyodide", lambda n: best_peer("pyodide", n, folder, args.repeat)))
        columns.append(("MicroPy", lambda n: best_peer("micropython", n, folder, args.repeat)))
    elif not args.no_peers:
        print("(no peer columns: run make bench-peers)")

    header = f"{'program':<16}" + "".join(f"{name + ' s':>11}" for name, _ in columns)
    header += "".join(f"{name + '/Py':>11}" for name, _ in columns[1:])
    names = [name for name, _ in columns]
    if "wasm" in names:
        header += f"{'wasm start':>11}"
    if "wasm" in names and "Pyodide" in names:
        header += f"{'wasm/Pyod':>11}"
    header += "  same output"
    print(f"CPython, native: CPU s of the process (user + sys, start-up included); wasm, Pyodide, MicroPy:\n"
          f"wall s of the program alone (compile + run, start-up excluded); wasm start: wall s of the Node\n"
          f"process minus the program's; best of {args.repeat}")
    print(header)
    for p in progs:
        name = p + ".py"
        results = [(cname, *run(name)) for cname, run in columns]
        times = [t for _, t, _ in results]
        outputs = [o for _, t, o in results if t is not None]
        cells = "".join(f"{t:>11.2f}" if t is not None else f"{'failed':>11}" for t in times)
        base = times[0]
        ratios = "".join(f"{t / base:>11.2f}" if t is not None and base else f"{'-':>11}" for t in times[1:])
        same = "yes" if all(o == outputs[0] for o in outputs) else "NO"
        if "wasm" in names:
            ratios += f"{startup[name]:>11.2f}" if name in startup else f"{'-':>11}"
        if "wasm" in names and "Pyodide" in names:
            w, py = times[names.index("wasm")], times[names.index("Pyodide")]
            ratios += f"{w / py:>11.2f}" if w is not None and py else f"{'-':>11}"
        print(f"{p:<16}{cells}{ratios}  {same}")
        for cname, t, o in results:
            if t is None:
                print(f"    {cname} failed: {o.strip() if isinstance(o, str) else o}")


if __name__ == "__main__":
    main()
