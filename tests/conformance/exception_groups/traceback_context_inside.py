# Members whose context is shared or is another member print the chain once.
shared = KeyError("shared context")
members = []
for i in range(3):
    try:
        try:
            raise shared
        except KeyError:
            raise ValueError(i)
    except ValueError as e:
        members.append(e)
members.append(shared)
raise ExceptionGroup("shared", members)
