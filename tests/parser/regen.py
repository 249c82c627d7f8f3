#!/usr/bin/env python3
"""Regenerates the expected results of the parser conformance tests from real
CPython 3.11 (run it with python3 3.11; the test compares our parser's
ast_dump and SyntaxErrors against these files).

  cases/NAME.py   -> cases/NAME.ast      ast.dump(ast.parse(src))
                  -> cases/NAME.pos.ast  the same with include_attributes=True
  errors/NAME.py  -> errors/NAME.stderr  what `python3 NAME.py` prints (the
                     traceback text our format_syntax_error must match)
                  -> errors/NAME.err     the SyntaxError CPython raises:
                     type, message, line, offset, end_line, end_offset
                     (offsets are 1-based character columns, like
                     SyntaxError.offset)

Usage: python3 tests/parser/regen.py
"""
import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py must run on CPython 3.11 (the language we match)")
    cases = os.path.join(HERE, "cases")
    n_cases = 0
    for name in sorted(os.listdir(cases)):
        if not name.endswith(".py"):
            continue
        src = read(os.path.join(cases, name))
        tree = ast.parse(src, filename=name)
        stem = name[:-3]
        write(os.path.join(cases, stem + ".ast"), ast.dump(tree) + "\n")
        write(os.path.join(cases, stem + ".pos.ast"),
              ast.dump(tree, include_attributes=True) + "\n")
        n_cases += 1
    errors = os.path.join(HERE, "errors")
    n_errors = 0
    bad = False
    for name in sorted(os.listdir(errors)):
        if not name.endswith(".py"):
            continue
        src = read(os.path.join(errors, name))
        try:
            ast.parse(src, filename=name)
        except SyntaxError as e:
            lines = [
                f"type: {type(e).__name__}",
                f"message: {e.msg}",
                f"line: {e.lineno}",
                f"offset: {e.offset}",
                f"end_line: {e.end_lineno}",
                f"end_offset: {e.end_offset}",
            ]
            write(os.path.join(errors, name[:-3] + ".err"), "\n".join(lines) + "\n")
            run = subprocess.run([sys.executable, name], cwd=errors, capture_output=True,
                                 text=True, encoding="utf-8")
            write(os.path.join(errors, name[:-3] + ".stderr"),
                  run.stderr.replace(os.path.join(errors, ""), ""))
            n_errors += 1
        else:
            print(f"errors/{name} parses without error in CPython: move it to cases/")
            bad = True
    print(f"{n_cases} cases, {n_errors} error cases regenerated")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
