x = 1
y = x
a = b = c = 0
x, y = y, x
(a, b) = 1, 2
[a, b] = [1, 2]
a, *b = range(5)
*a, b = 1, 2, 3
x.y = 1
x[0] = 1
x[1:2] = []
