def integers():
    n = 1
    while True:
        yield n
        n += 1
def squares(seq):
    for x in seq:
        yield x * x
def take(n, seq):
    for i, x in enumerate(seq):
        if i >= n:
            return
        yield x
def evens(seq):
    return (x for x in seq if x % 2 == 0)
print(list(take(5, squares(evens(integers())))))
print(sum(take(100, integers())), max(take(10, squares(integers()))))
