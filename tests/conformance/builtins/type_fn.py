print(type(1), type('a'), type([]), type({}), type(()), type(set()), type(None), type(type), type(lambda: 0))
