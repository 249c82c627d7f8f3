class Config:
    items = []
    name = "cfg"
    def add(self, x):
        self.items.append(x)
a, b = Config(), Config()
a.add(1); b.add(2)
print(Config.items, a.items is b.items)
a.name = "mine"
print(a.name, b.name, Config.name)
Config.name = "changed"
print(b.name)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.total)
print(type(a) is Config, type(Config), type(1), type("s"), type(None), type([]))
