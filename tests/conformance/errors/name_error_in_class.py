class A:
    x = undefined_y
