'''Module docstring.'''

def f():
    """Function docstring.

    More text.
    """
    return 1

class A:
    'Class docstring'
