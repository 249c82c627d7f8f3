match = 1
match.x = 2
match(x)
case = 3
_ = 4
print(match, case, _)
match[1]
type = int
