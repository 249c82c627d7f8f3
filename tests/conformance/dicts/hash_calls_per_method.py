# How many times each dict method asks a key for its hash and compares it:
# once per operation, as CPython (pop and setdefault look the key up once;
# popitem takes the last entry without hashing or comparing anything).
log = []


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        log.append("hash " + self.name)
        return len(self.name)

    def __eq__(self, other):
        log.append("eq %s %s" % (self.name, other.name))
        return self.name == other.name

    def __repr__(self):
        return self.name


def show(label, value):
    print(label, value, log)
    log.clear()


d = {}
show("d[ab] = 1", d.__setitem__(Key("ab"), 1))
show("d[cd] = 2", d.__setitem__(Key("cd"), 2))
show("d[xyz] = 3", d.__setitem__(Key("xyz"), 3))
show("setdefault(cd)", d.setdefault(Key("cd"), 9))
show("setdefault(ef)", d.setdefault(Key("ef"), 5))
show("setdefault(q)", d.setdefault(Key("q")))
show("pop(ab)", d.pop(Key("ab")))
show("pop(zz, 0)", d.pop(Key("zz"), 0))
try:
    d.pop(Key("gh"))
except KeyError as e:
    show("pop(gh)", repr(e))
show("popitem", d.popitem())
show("popitem", d.popitem())
show("d", d)
d[Key("mn")] = 7
show("after popitem, insert", list(d))
show("get(cd)", d.get(Key("cd")))
show("cd in d", Key("cd") in d)
del d[Key("cd")]
show("del d[cd]", d)
while d:
    d.popitem()
show("emptied", d)
try:
    d.popitem()
except KeyError as e:
    show("popitem on empty", e)
