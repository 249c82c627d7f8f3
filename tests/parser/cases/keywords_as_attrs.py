x.if_
x.print
print.x
x.match
x.case
x.True_
