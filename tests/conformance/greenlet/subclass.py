# Subclasses of greenlet: run as a method, extra state, __init__.
from greenlet import greenlet, getcurrent


class Task(greenlet):
    def __init__(self, name, steps):
        super().__init__()
        self.name = name
        self.steps = steps

    def run(self, scale):
        for i in range(self.steps):
            getcurrent().parent.switch("%s step %d" % (self.name, i * scale))
        return self.name + " finished"


tasks = [Task("a", 2), Task("b", 3)]
print(isinstance(tasks[0], greenlet), tasks[0].name, tasks[0].parent is getcurrent())
first = True
while tasks:
    for t in list(tasks):
        r = t.switch(10) if not t else t.switch()
        print(r)
        if t.dead:
            tasks.remove(t)


class Echo(greenlet):
    def run(self, *args, **kwargs):
        return args, kwargs


print(Echo().switch(1, k=2))


class WithBool(greenlet):
    pass


w = WithBool(lambda: "plain run")
print(bool(w), w.switch(), bool(w), w.dead)


class Init(greenlet):
    def __init__(self, run=None, parent=None, label=""):
        greenlet.__init__(self, run, parent)
        self.label = label


i = Init(lambda: "init run", label="L")
print(i.label, i.switch())
from greenlet import greenlet
class B(greenlet):
    def __bool__(self):
        return True
b = B(lambda: 1)
print(bool(b), "yes" if b else "no", not b)
b.switch()
print(bool(b), "yes" if b else "no", b.dead)
c = greenlet(lambda: 1)
print(bool(c), "yes" if c else "no", not c)
