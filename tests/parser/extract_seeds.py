#!/usr/bin/env python3
"""Extracts every Python code example from the course (../shared/seeds) into
cases/seed_<file>_<n>.py, so the parser conformance test covers them all.

The seeds are notebooks exported as text: a code cell starts after a line
"In [..]:" and is followed by its output; other examples sit in ``` fences.
Fenced examples that CPython itself rejects become errors/seed_*.py cases.
A cell's code is the longest run of lines (ending at a blank line) that
CPython's ast.parse accepts — what follows is output or prose.

Usage: python3 tests/parser/extract_seeds.py [SEEDS_DIR]
"""
import ast
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEEDS = os.path.join(HERE, "..", "..", "..", "shared", "seeds")


def parses(text):
    try:
        ast.parse(text)
        return True
    except SyntaxError:
        return False


def longest_parsing_prefix(lines):
    best = None
    for end in range(1, len(lines) + 1):
        if end == len(lines) or lines[end].strip() == "":
            text = "\n".join(lines[:end]).strip("\n") + "\n"
            if text.strip() and parses(text):
                best = text
    return best


def examples(text):
    lines = text.split("\n")
    found = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if re.match(r"^In \[[^\]]*\]:\s*$", line):
            j = i + 1
            while j < len(lines) and not re.match(r"^In \[[^\]]*\]:\s*$", lines[j]):
                j += 1
            code = longest_parsing_prefix(lines[i + 1:j])
            found.append(("cell", i + 1, code))
            i = j
            continue
        m = re.match(r"^```(\w*)\s*$", line)
        if m:
            lang = m.group(1).lower()
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            body = "\n".join(lines[i + 1:j]).strip("\n") + "\n"
            if lang == "python" or (lang == "" and parses(body) and body.strip()):
                found.append(("fence", i + 1, body) if parses(body) else ("bad", i + 1, body))
            i = j + 1
            continue
        i += 1
    return found


def main():
    seeds = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SEEDS
    out_dir = os.path.join(HERE, "cases")
    err_dir = os.path.join(HERE, "errors")
    for d in (out_dir, err_dir):
        for name in os.listdir(d):
            if name.startswith("seed_"):
                os.remove(os.path.join(d, name))
    written = skipped = 0
    for fname in sorted(os.listdir(seeds)):
        with open(os.path.join(seeds, fname), encoding="utf-8") as f:
            text = f.read()
        stem = fname.split("_")[0]
        for n, (kind, line, code) in enumerate(examples(text)):
            if kind == "bad":
                # A fenced Python example CPython rejects too (the course's
                # copies carry no-break spaces): we must reject it the same way.
                path = os.path.join(err_dir, f"seed_{stem}_{n:02d}.py")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(code)
                print(f"syntax error case: {fname}:{line} -> {os.path.basename(path)}")
                continue
            if code is None:
                print(f"skipped (CPython cannot parse it either): {fname}:{line}")
                skipped += 1
                continue
            path = os.path.join(out_dir, f"seed_{stem}_{n:02d}.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(f"# From the course: {fname}, line {line}\n" + code)
            written += 1
    print(f"{written} examples written, {skipped} skipped")


if __name__ == "__main__":
    main()
