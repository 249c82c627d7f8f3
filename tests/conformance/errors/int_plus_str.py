total = 1
total = total + "2"
