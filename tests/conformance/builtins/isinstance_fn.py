print(isinstance(1, int), isinstance(1, float), isinstance(True, (str, bool)), isinstance([], (list, tuple)), isinstance(None, type(None)))
