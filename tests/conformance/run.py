#!/usr/bin/env python3
"""Runs every conformance program on Interleave and compares stdout, stderr
and the exit code with what CPython 3.11 printed (see regen.py).

usage: run.py --interleave PATH [-j 2] [PATHS...]
Prints a diff for each failure and ends with "N passed, M failed".
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def programs(paths):
    if not paths:
        paths = [HERE]
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isfile(p):
            yield p
            continue
        for root, dirs, files in os.walk(p):
            dirs.sort()
            for f in sorted(files):
                if f.endswith(".py") and root != HERE:
                    yield os.path.join(root, f)


def read(path, binary=False):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def check(interleave, prog):
    folder, name = os.path.split(prog)
    stem = name[:-3]
    rel = os.path.relpath(prog, HERE)
    want_out = read(os.path.join(folder, stem + ".out"))
    want_err = read(os.path.join(folder, stem + ".err"))
    want_code = read(os.path.join(folder, stem + ".code"))
    if want_out is None or want_code is None:
        return rel, [f"no expectation files (run regen.py {rel})"]
    try:
        r = subprocess.run([interleave, "run", name], cwd=folder, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return rel, ["timed out after 60 s"]
    problems = []
    code = int(want_code.decode().strip())
    # By design Interleave exits with 2 (not CPython's 1) when the program
    # does not compile.
    last = want_err.decode("utf-8", "replace").strip().splitlines()[-1:] if want_err else []
    if code == 1 and last and last[0].split(":")[0] in ("SyntaxError", "IndentationError", "TabError") \
            and b"Traceback" not in want_err:
        code = 2
    if r.returncode != code:
        problems.append(f"exit code {r.returncode}, expected {code}")
    # Paths are stored relative to the program's folder, addresses as
    # "0x..." (regen.py).
    got_err = re.sub(rb" at 0x[0-9a-f]+>", b" at 0x...>", r.stderr.replace((folder + os.sep).encode(), b""))
    got_out = re.sub(rb" at 0x[0-9a-f]+>", b" at 0x...>", r.stdout.replace((folder + os.sep).encode(), b""))
    for label, got, want in (("stdout", got_out, want_out), ("stderr", got_err, want_err)):
        if want is not None and got != want:
            diff = difflib.unified_diff(
                want.decode("utf-8", "replace").splitlines(),
                got.decode("utf-8", "replace").splitlines(),
                f"{label} (CPython)", f"{label} (interleave)", lineterm="", n=2)
            problems.append("\n".join(list(diff)[:40]))
    return rel, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interleave", required=True)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    interleave = os.path.abspath(args.interleave)
    progs = list(programs(args.paths))
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        for rel, problems in pool.map(lambda p: check(interleave, p), progs):
            if problems:
                failed += 1
                print(f"FAIL {rel}")
                for p in problems:
                    print("  " + p.replace("\n", "\n  "))
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
