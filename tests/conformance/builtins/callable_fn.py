class A:
    def __call__(self): pass
print(callable(A), callable(A()), callable(object()), callable(len), callable('s'))
