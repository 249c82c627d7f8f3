#!/usr/bin/env python3
"""Regenerates the symbol-table expectations from CPython 3.11's `symtable`
module and compile(), for tests/unit/test_symtable.cpp.

  symtable/NAME.py, cases/NAME.py -> NAME.sym   every scope and symbol
      (cases/ files that CPython cannot compile get no .sym)
  compile_errors/NAME.py          -> NAME.err   the SyntaxError compile() raises
      (errors CPython finds in its symtable and compiler, past the parser)

Dump format, one scope per line, children indented, symbols sorted:
  function f line=3 nested
    x: cell assigned referenced

Usage: python3 tests/parser/regen_symtable.py
"""
import os
import symtable
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
SCOPES = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}
FLAGS = ["parameter", "assigned", "referenced", "imported", "annotated", "nonlocal"]


def dump(table, depth, out):
    line = f"{'  ' * depth}{table.get_type()} {table.get_name()} line={table.get_lineno()}"
    out.append(line + (" nested" if table.is_nested() else ""))
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        scope = SCOPES.get(sym._Symbol__scope, "?")
        flags = "".join(" " + f for f in FLAGS if getattr(sym, "is_" + f)())
        out.append(f"{'  ' * depth}  {sym.get_name()}: {scope}{flags}")
    for child in table.get_children():
        dump(child, depth + 1, out)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen_symtable.py must run on CPython 3.11")
    warnings.simplefilter("ignore")
    n_sym = n_err = 0
    for folder in ("symtable", "cases"):
        d = os.path.join(HERE, folder)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            src = read(os.path.join(d, name))
            sym_path = os.path.join(d, name[:-3] + ".sym")
            try:
                compile(src, name, "exec")
            except SyntaxError:
                if folder == "symtable":
                    sys.exit(f"symtable/{name} does not compile in CPython")
                if os.path.exists(sym_path):
                    os.remove(sym_path)
                continue
            out = []
            dump(symtable.symtable(src, name, "exec"), 0, out)
            write(sym_path, "\n".join(out) + "\n")
            n_sym += 1
    d = os.path.join(HERE, "compile_errors")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        src = read(os.path.join(d, name))
        try:
            compile(src, name, "exec")
        except SyntaxError as e:
            lines = [f"type: {type(e).__name__}", f"message: {e.msg}", f"line: {e.lineno}",
                     f"offset: {e.offset}", f"end_line: {e.end_lineno}",
                     f"end_offset: {e.end_offset}"]
            write(os.path.join(d, name[:-3] + ".err"), "\n".join(lines) + "\n")
            n_err += 1
        else:
            sys.exit(f"compile_errors/{name} compiles without error")
    print(f"{n_sym} symbol tables, {n_err} compile errors regenerated")


if __name__ == "__main__":
    main()
