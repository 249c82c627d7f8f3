print()
print("")
print(None)
print(1, "2", [3], (4,), {5: 6}, {7}, 8.0, True, sep=", ")
print("a", end="")
print("b", end="\n\n")
print("multi\nline")
print("tab\there")
print("x", "y", sep="")
print(*[], sep="-")
print(*range(5), sep=" < ")
class S:
    def __str__(self):
        return "str of S"
    def __repr__(self):
        return "repr of S"
print(S(), [S()], (S(),), {"k": S()}, str(S()), repr(S()), f"{S()!r} {S()}")
