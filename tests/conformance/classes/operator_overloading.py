class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
a, b = Money(150), Money(275)
print(a + b, b - a, a * 3, b / 2, sum([a, b, Money(5)]), 10 + a, -a, abs(Money(-3)))
print(a < b, a <= a, a == Money(150), a != b, sorted([b, a]), max(a, b), bool(Money(0)))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
total = Money(0)
total += a
print(total, {a: "x"}[Money(150)])
