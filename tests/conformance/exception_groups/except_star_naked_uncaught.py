# A naked exception wrapped by except* and a new one raised in the clause.
def parse(text):
    return int(text)


try:
    parse("x")
except* ValueError as e:
    raise RuntimeError(f"bad input: {e.exceptions[0]}")
