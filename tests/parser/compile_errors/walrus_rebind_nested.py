[[(j := 0) for i in range(2)] for j in range(3)]
