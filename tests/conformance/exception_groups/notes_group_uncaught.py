# Notes on groups and their members, including odd __notes__ values.
v = ValueError("v")
v.add_note("note one")
v.add_note("multi\nline")
v.__notes__.append(42)
t = TypeError("t")
t.__notes__ = "abc"
k = KeyError("k")
k.__notes__ = 5
o = OSError("o")
o.__notes__ = ["", "after an empty note"]
g = ExceptionGroup("grp", [v, t, k, o])
g.add_note("group note")
raise g
