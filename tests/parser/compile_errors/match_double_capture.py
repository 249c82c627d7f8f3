match x:
    case {"a": y, "b": [1, y]}:
        pass
