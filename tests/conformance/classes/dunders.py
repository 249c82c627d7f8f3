class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __call__(self, k):
        return Vec(*[x * k for x in self.xs])
    def __repr__(self):
        return "Vec" + repr(tuple(self.xs))
    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)
    def __mul__(self, k):
        return self(k)
    def __rmul__(self, k):
        return self(k)
    def __neg__(self):
        return self(-1)
    def __bool__(self):
        return any(self.xs)
    def __eq__(self, o):
        return self.xs == o.xs
v = Vec(1, 2, 3)
print(len(v), v[0], v[-1], 2 in v, 5 in v, list(v), v(2), v * 3, 2 * v, -v)
v[0] = 10
print(v, sorted([Vec(5), Vec(1), Vec(3)]), max(Vec(1), Vec(9)), bool(Vec(0, 0)), bool(v))
print(Vec(1) == Vec(1), Vec(1) != Vec(2))
for x in v:
    print(x, end=" ")
print()
