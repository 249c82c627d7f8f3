a = [x for x in y]
b = [x for x in y if x]
c = [x * y for x in a for y in b]
d = [x for x in a if x if x > 1]
e = {x for x in y}
f = {k: v for k, v in d.items()}
g = (x for x in y)
h = [[j for j in range(i)] for i in range(3)]
i = [x for x, in y]
j = {x: [y for y in x] for x in z if x}
k = sum(x for x in range(10))
l = [(x, y) for x in range(3) for y in range(x) if x != y]
m = [x for x in (1, 2) if x if not x]
n = [lambda: x for x in y]
