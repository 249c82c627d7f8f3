a = {1: {2: {3: 4}}}
b = {(1, 2): [3]}
c = {x: y for x in a for y in b}
d = {**{}}
e = {1}
f = {1, 2,}
g = {'a': lambda: 1}
