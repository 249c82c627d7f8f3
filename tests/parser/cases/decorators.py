@dec
def f(): pass

@dec(1, 2)
@other.attr
@x[0]
def g():
    pass

@dataclass
class A:
    x: int = 0

@staticmethod
async def h(): pass

@(lambda f: f)
def i(): pass
