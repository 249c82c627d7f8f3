a.b.c.d
a.b().c
(a).b
'str'.join(x)
1 .real
1.0.real
x.__class__.__name__
