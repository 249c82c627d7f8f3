def g(v):
    match v:
        case [x, y] if x / y:
            return 1
g([1, 0])
