def make_multipliers():
    return [lambda x: i * x for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: i * x for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def cell_after_def():
    def get():
        return value
    value = "assigned later"
    return get()
print(cell_after_def())
def del_cell():
    v = 1
    def f():
        return v
    del v
    try:
        return f()
    except NameError as e:
        return str(e)
print(del_cell())
