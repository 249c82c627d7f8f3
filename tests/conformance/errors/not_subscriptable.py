x = None
x[0]
