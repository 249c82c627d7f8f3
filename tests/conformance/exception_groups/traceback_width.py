# At most 15 members of a group are shown.
def fail(i):
    raise ValueError(i)


errors = []
for i in range(18):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
small = ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
raise ExceptionGroup("many", [small] + errors)
