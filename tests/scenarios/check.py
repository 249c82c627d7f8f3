#!/usr/bin/env python3
"""Every scenario prints what real CPython prints.

The expected output of each scenarios/<topic>/<name>.py is kept in
tests/scenarios/expected/<topic>/<name>.out (stdout, then a line
'# exit code: N'), written by real CPython 3.11 with --regen. The check runs
each scenario on Interleave and compares. Modules the playground has built in
that CPython lacks (the course's util) are written by --regen from the same
source Interleave compiles (core/stdlib/asyncio_module.cpp) into a temporary
folder on CPython's PYTHONPATH.

Scenarios that use the network (import aiohttp or requests) cannot get their
expectation from CPython here: this machine's CPython has no aiohttp and the
machine no internet. Their expectation is recorded from Interleave's
simulated network with --record into tests/scenarios/recorded/ (a regression
check, read by hand against the course when recorded), and --regen skips them.

Scenarios run through the CLI, which applies their front matter's machine
keys (machine.cores, net: ..., net.latency: ...; core/scenario/scenario.h)
as it does for any file that opens with one: what a network scenario's
hosts answer and how fast is part of the scenario, and so of its recording.

Scenarios that import greenlet need the greenlet package for --regen, which
CPython does not ship: put it on PYTHONPATH (tests/conformance/regen.py
says how to get Debian's). Without it they are skipped, not overwritten.

  check.py --interleave build/cli/interleave      compare
  check.py --regen [SCENARIO.py ...]              rewrite expectations with python3
                                                  (all, or only the ones named)
  check.py --interleave PATH --record SCENARIO.py ...
                                                  record network scenarios' output
"""
import argparse
import os
import re
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
EXPECTED = pathlib.Path(__file__).resolve().parent / "expected"
RECORDED = pathlib.Path(__file__).resolve().parent / "recorded"


def course_modules(folder):
    """Writes the course's helper modules that Interleave builds in (util)
    into [folder] for CPython, from the very source Interleave compiles."""
    cpp = (ROOT / "core" / "stdlib" / "asyncio_module.cpp").read_text(encoding="utf-8")
    m = re.search(r'kUtilSource = R"PY\((.*?)\)PY";', cpp, re.S)
    (pathlib.Path(folder) / "util.py").write_text(m.group(1), encoding="utf-8")


def needs_network(path):
    return re.search(r"^\s*(import|from)\s+(aiohttp|requests)\b", path.read_text(encoding="utf-8"), re.M) is not None


def needs_greenlet(path):
    return re.search(r"^\s*(import|from)\s+greenlet\b", path.read_text(encoding="utf-8"), re.M) is not None


def scenario_files():
    return sorted(SCENARIOS.rglob("*.py"))


def run(cmd, path, env=None):
    r = subprocess.run(cmd + [str(path)], capture_output=True, text=True, timeout=120, cwd=path.parent, env=env)
    return f"{r.stdout}# exit code: {r.returncode}\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interleave")
    parser.add_argument("--regen", action="store_true")
    parser.add_argument("--record", action="store_true", help="record network scenarios from Interleave")
    parser.add_argument("only", nargs="*", help="with --regen or --record: just these scenario files")
    args = parser.parse_args()
    files = scenario_files()
    if args.only:
        if not args.regen and not args.record:
            parser.error("scenario files can be named only with --regen or --record")
        files = [pathlib.Path(f).resolve() for f in args.only]
    if args.record:
        if not args.interleave:
            parser.error("--record needs --interleave PATH")
        for path in files:
            if not needs_network(path):
                print(f"not recorded (CPython gives this one): {path.name}")
                continue
            out = RECORDED / path.relative_to(SCENARIOS).with_suffix(".out")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(run([args.interleave, "run"], path), encoding="utf-8")
            print(f"recorded {out.relative_to(RECORDED.parent)}")
        return 0
    if args.regen:
        if sys.version_info[:2] != (3, 11):
            print("check.py --regen: expectations come from CPython 3.11", file=sys.stderr)
            return 2
        pylib = tempfile.mkdtemp(prefix="interleave-pylib-")
        course_modules(pylib)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (pylib, os.environ.get("PYTHONPATH")) if p))
        has_greenlet = subprocess.run([sys.executable, "-c", "import greenlet"], env=env,
                                      capture_output=True).returncode == 0
        skipped = [path for path in files if needs_network(path)]
        files = [path for path in files if not needs_network(path)]
        for path in skipped:
            print(f"skipped (network; see --record): {path.relative_to(SCENARIOS)}")
        if not has_greenlet:
            for path in [path for path in files if needs_greenlet(path)]:
                print(f"skipped (greenlet is not importable; see the docstring): {path.relative_to(SCENARIOS)}")
            files = [path for path in files if not needs_greenlet(path)]
        for path in files:
            out = EXPECTED / path.relative_to(SCENARIOS).with_suffix(".out")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(run([sys.executable], path, env), encoding="utf-8")
        print(f"wrote {len(files)} expectations from CPython {sys.version.split()[0]}")
        return 0
    if not args.interleave:
        parser.error("--interleave PATH is required")
    passed = failed = 0
    for path in files:
        name = path.relative_to(SCENARIOS).with_suffix("").as_posix()
        network = needs_network(path)
        expected_file = (RECORDED if network else EXPECTED) / f"{name}.out"
        if not expected_file.exists():
            how = "--interleave PATH --record" if network else "--regen"
            print(f"FAIL {name}: no expectation; run tests/scenarios/check.py {how} {path.relative_to(ROOT)}")
            failed += 1
            continue
        expected = expected_file.read_text(encoding="utf-8")
        got = run([args.interleave, "run"], path)
        if got == expected:
            passed += 1
            print(f"ok   {name}" + (" (as recorded: simulated network)" if network else ""))
        else:
            failed += 1
            print(f"FAIL {name}\n--- {'recorded' if network else 'CPython'}\n{expected}--- Interleave\n{got}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
