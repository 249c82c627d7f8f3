class Base:
    def __init__(self):
        print("Base init")
        self.trace = ["Base"]
    def hello(self):
        return "Base"
class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
        self.trace.append("Left")
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
        self.trace.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self):
        print("Child init")
        super().__init__()
        self.trace.append("Child")
c = Child()
print(c.trace, c.hello(), [k.__name__ for k in Child.__mro__])
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
