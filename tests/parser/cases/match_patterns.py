match point:
    case Point(x=0, y=0) | Point(0, 0):
        print("Origin")
    case [1, 2, *rest] if rest:
        pass
    case (a, b, *_):
        pass
    case {"k": 1, -1: None, Color.RED: v, **kw}:
        pass
    case {}:
        pass
    case -1 | 1.5 | 2j | -3+4j | "s" "t" | b"b" | True | None:
        pass
    case a.b.c:
        pass
    case ([x] | (x,)) as group:
        pass
    case int(n) if n > 0:
        pass
    case ():
        pass
    case _:
        pass
match a, *b:
    case 1, 2,:
        pass
match = {"match": 1}
match["match"]
case = match
