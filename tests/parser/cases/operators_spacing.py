a=1+2
b=a*-1
c=a**-b
d=a//b%c
e=a<b<c
f=a<<1|b>>2&c^d
g=not-1
