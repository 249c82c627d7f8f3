a, *b = c
*a, = b
[*a] = b
(*a,) = b
for *a, b in c: pass
