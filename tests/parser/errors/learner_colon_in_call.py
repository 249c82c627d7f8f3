print(x:1)
