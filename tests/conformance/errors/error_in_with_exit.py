class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with C():
    raise RuntimeError("in with")
