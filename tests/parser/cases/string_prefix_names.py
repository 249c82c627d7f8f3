rb = 1
f = 2
u = 3
br = 4
print(rb, f, u, br)
fr = 'x'
