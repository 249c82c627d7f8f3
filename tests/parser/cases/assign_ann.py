x: int
y: int = 5
(z): int = 1
a.b: str = 'x'
a[0]: list[int] = []
def f(a: int, b: 'str' = 'x', *args: int, c: float = 1.0, **kw: dict) -> None:
    v: int
