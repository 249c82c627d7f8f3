# isdisjoint walks only an exact set's table (PyAnySet_CheckExact): a set
# subclass is iterated with its __iter__ and its keys hashed again, and a
# dict view iterates whatever it is given. The other set operations take
# any set's table.
class S(set):
    def __iter__(self):
        print("iter")
        return super().__iter__()
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v); return self.v
    def __eq__(self, o):
        print("eq", self.v); return self.v == o.v
print({1}.isdisjoint(S([2])), S([1, 2, 3]).isdisjoint({4}), S([1]).isdisjoint([1]))
print({H(1), H(2)}.isdisjoint(S([H(3)])), {H(1)}.isdisjoint([H(5), H(1)]))
print(set().isdisjoint(S([H(7)])), {1, 2}.isdisjoint(S()), frozenset([1]).isdisjoint(S([1])))
print({1, 2} <= S([1, 2, 3]), S([1]) < {1, 2}, {1} == S([1]), {1}.issubset(S([1])), {1, 2}.issuperset(S([2])))
print({1, 2} | S([3]), {1, 2} & S([2]), {1, 2} - S([2]), {1, 2} ^ S([2, 3]), S([5]) | {6})
x = {1}; x.update(S([2])); x -= S([1]); x |= S([9]); x ^= S([9, 8]); x &= S([2, 8]); print(x)
print(set(S([4])), frozenset(S([4])), dict.fromkeys(S([4])), list(S([4])))
d = {1: 1, 2: 2}
print(d.keys().isdisjoint(S([3])), d.keys().isdisjoint(S([1, 3, 4])), d.items().isdisjoint(S([(1, 1)])))
print(S([9]).isdisjoint(d.keys()), S([1]).isdisjoint(S([1])), S().isdisjoint(S()))
class H2:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v); return self.v
    def __eq__(self, o):
        return self.v == o.v
d = {H2(1): 1, H2(2): 2}
print("--")
print(d.keys().isdisjoint({H2(3)}))
print(d.keys().isdisjoint({H2(3), H2(4), H2(5)}))
print(d.items().isdisjoint([(H2(1), 1)]))
print({H2(7)}.isdisjoint(d.keys()))
