x = "global"
def show():
    return x
def shadow():
    x = "local"
    return x
def nested():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(show(), shadow(), nested(), x)
def modify_global():
    global counter
    counter = 100
modify_global()
print(counter)
def make():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
add = make()
add(1)
print(add(2))
class Scope:
    y = 10
    z = [y * i for i in range(3)] if False else None
    def m(self):
        return self.y
print(Scope().m(), Scope.z)
lst = [lambda: i for i in range(3)]
print([f() for f in lst])
