match x:
    case {-1: a, "z": b, -1: c}:
        pass
