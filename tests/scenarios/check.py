#!/usr/bin/env python3
"""Every scenario prints what real CPython prints.

The expected output of each scenarios/<topic>/<name>.py is kept in
tests/scenarios/expected/<topic>/<name>.out (stdout, then a line
'# exit code: N'), written by real CPython 3.11 with --regen. The check runs
each scenario on Interleave and compares. Modules the playground has built in
that CPython lacks (the course's util) are in tests/scenarios/pylib, which
--regen puts on CPython's PYTHONPATH.

  check.py --interleave build/cli/interleave      compare
  check.py --regen [SCENARIO.py ...]              rewrite expectations with python3
                                                  (all, or only the ones named)
"""
import argparse
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
EXPECTED = pathlib.Path(__file__).resolve().parent / "expected"
PYLIB = pathlib.Path(__file__).resolve().parent / "pylib"


def scenario_files():
    return sorted(SCENARIOS.rglob("*.py"))


def run(cmd, path, env=None):
    r = subprocess.run(cmd + [str(path)], capture_output=True, text=True, timeout=120, cwd=path.parent, env=env)
    return f"{r.stdout}# exit code: {r.returncode}\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interleave")
    parser.add_argument("--regen", action="store_true")
    parser.add_argument("only", nargs="*", help="with --regen: just these scenario files")
    args = parser.parse_args()
    files = scenario_files()
    if args.only:
        if not args.regen:
            parser.error("scenario files can be named only with --regen")
        files = [pathlib.Path(f).resolve() for f in args.only]
    if args.regen:
        if sys.version_info[:2] != (3, 11):
            print("check.py --regen: expectations come from CPython 3.11", file=sys.stderr)
            return 2
        env = dict(os.environ, PYTHONPATH=str(PYLIB))
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
        expected_file = EXPECTED / f"{name}.out"
        if not expected_file.exists():
            print(f"FAIL {name}: no expectation; run tests/scenarios/check.py --regen")
            failed += 1
            continue
        expected = expected_file.read_text(encoding="utf-8")
        got = run([args.interleave, "run"], path)
        if got == expected:
            passed += 1
            print(f"ok   {name}")
        else:
            failed += 1
            print(f"FAIL {name}\n--- CPython\n{expected}--- Interleave\n{got}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
