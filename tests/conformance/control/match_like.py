def classify(x):
    if isinstance(x, bool):
        return "bool"
    elif isinstance(x, int):
        return "int"
    elif isinstance(x, float):
        return "float"
    elif isinstance(x, str):
        return "str"
    elif isinstance(x, (list, tuple)):
        return "sequence"
    else:
        return "other"
print([classify(v) for v in [True, 1, 1.5, "s", [1], (1,), None, {}]])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 50]])
