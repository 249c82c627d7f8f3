# return (like break and continue) cannot leave an except* clause.
def f():
    try:
        pass
    except* ValueError:
        return "done"
