class B:
    __match_args__ = ["x"]

def f(v):
    match v:
        case 1:
            pass
        case B(1):
            pass

f(B())
