class Plain:
    pass
class WithStr:
    def __str__(self):
        return "custom str"
class WithRepr:
    def __repr__(self):
        return "custom repr"
print(str(WithStr()), repr(WithRepr()), str(WithRepr()), [WithRepr()], f"{WithStr()}")
print(type(Plain()).__name__, Plain.__name__, Plain.__qualname__)
print(str(Plain)[:15], Plain.__module__)
