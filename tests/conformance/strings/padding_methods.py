# str.center/ljust/rjust/zfill/expandtabs: widths through __index__, a fill
# character of any code point (Cyrillic, emoji), CPython's argument errors.
class Idx:
    def __index__(self):
        return 7
for f in [lambda: '5'.zfill(3, 4), lambda: 'a'.expandtabs(1, 2), lambda: 'a'.center(), lambda: 'a'.center(5, 'x', 1), lambda: 'a'.ljust(5, 'xy'), lambda: 'a'.zfill('3'), lambda: 'a\tb'.expandtabs(tabsize=2), lambda: 'a'.center(None),
          lambda: "ab".ljust(5, "ж"), lambda: "ab".rjust(5, "ж"), lambda: "ab".center(6, "ё"), lambda: "аб".center(6, "*"), lambda: "-5".zfill(4), lambda: "a\tb".expandtabs(4), lambda: "a\tb".expandtabs(),
          lambda: "ab".center(Idx()), lambda: "ab".ljust(Idx(), "*"), lambda: "ab".rjust(Idx()), lambda: "5".zfill(Idx()), lambda: "a\tb".expandtabs(Idx()), lambda: "ab".center(-3), lambda: "ab".ljust(True, "😀"), lambda: "x".rjust(4, "😀")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
