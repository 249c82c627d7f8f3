class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
def make_pairs(n):
    for i in range(n):
        a, b = Node(i), Node(-i)
        a.peer, b.peer = b, a
    return a.name
print(make_pairs(300000))
cache = {}
for i in range(100000):
    cache[i % 100] = [i] * 10
print(len(cache), cache[99][0])
