# `yield from` and `await` on an iterator written as a class: its __next__ and
# send run as frames (they may sleep); StopIteration ends the delegation.
import time
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        time.sleep(0.001)
        self.n += 1
        if self.n > 3: raise StopIteration(99)
        return self.n
    def send(self, v):
        print("send", v)
        return self.__next__()
def g():
    r = yield from It()
    print("result", r)
    return r
print(list(g()))
x = g()
print(next(x), x.send(5), x.send(None))
try:
    x.send(7)
except StopIteration as e:
    print("stop", e.value)
class Aw:
    def __await__(self):
        return It()
async def main():
    r = await Aw()
    print("awaited", r)
c = main()
try:
    while True:
        print("yielded", c.send(None))
except StopIteration:
    print("done")
import collections
print(collections.OrderedDict(a=1))
