x: int
y: str = 'a'
def f():
    a: int
    b: list = []
    (c): int = 1
    return b
class K:
    z: float
