def documented(a, b=2):
    """Adds two numbers."""
    return a + b
print(documented.__doc__, documented.__name__, documented.__defaults__, documented.__code__.co_argcount)
documented.extra = "attribute"
print(documented.extra, documented.__dict__)
def no_doc():
    pass
print(no_doc.__doc__, (lambda: 0).__name__)
class K:
    def method(self):
        "method doc"
print(K.method.__doc__, K.method.__qualname__, K().method.__name__)
