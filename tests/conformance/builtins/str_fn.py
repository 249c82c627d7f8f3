print(str(), str(42), str(3.0), str([1]), str(None), str(b'x'), str(type), str(-0.0))
