#!/usr/bin/env python3
"""Regenerates the expected output of every conformance program from real
CPython 3.11: for tests/conformance/<feature>/<name>.py it writes
<name>.out (stdout), <name>.err (stderr) and <name>.code (exit code).

Never edit the expectation files by hand.

usage: regen.py [--python python3] [PATHS...]   (default: every program)

Programs in greenlet/ need the greenlet package, which CPython does not
ship: put it on PYTHONPATH for the regen (Debian's python3-greenlet works:
`apt-get download python3-greenlet && dpkg -x python3-greenlet_*.deb /tmp/gl`,
then PYTHONPATH=/tmp/gl/usr/lib/python3/dist-packages). Without it those
programs are skipped, not overwritten with an ImportError.
"""
import argparse
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
        for root, _, files in os.walk(p):
            for f in sorted(files):
                if f.endswith(".py") and root != HERE:
                    yield os.path.join(root, f)


def relative_paths(text, folder):
    # CPython 3.11 prints the absolute path of the main script (in
    # tracebacks, and in what traceback.format_exc() returns to a program
    # that prints it); expectations store it relative to the program's
    # folder so the suite is portable.
    # Addresses in reprs ("<generator object g at 0x7f...>", as the
    # unraisable hook prints them) are stored as "0x...": no two runs agree.
    return re.sub(rb" at 0x[0-9a-f]+>", b" at 0x...>", text.replace((folder + os.sep).encode(), b""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", default="python3")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    if not version.startswith("Python 3.11"):
        sys.exit(f"regen.py needs CPython 3.11, found {version!r}")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    count = 0
    has_greenlet = subprocess.run([args.python, "-c", "import greenlet"], env=env, capture_output=True).returncode == 0
    for prog in programs(args.paths):
        folder, name = os.path.split(prog)
        if os.path.basename(folder) == "greenlet" and not has_greenlet:
            print(f"skipped {name}: greenlet is not importable (see regen.py's docstring)")
            continue
        stem = name[:-3]
        r = subprocess.run([args.python, name], cwd=folder, capture_output=True, env=env, timeout=60)
        with open(os.path.join(folder, stem + ".out"), "wb") as f:
            f.write(relative_paths(r.stdout, folder))
        with open(os.path.join(folder, stem + ".err"), "wb") as f:
            f.write(relative_paths(r.stderr, folder))
        with open(os.path.join(folder, stem + ".code"), "w") as f:
            f.write(f"{r.returncode}\n")
        count += 1
    print(f"regenerated {count} programs with {version}")


if __name__ == "__main__":
    main()
