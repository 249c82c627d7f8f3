# leading comment


x = 1  # trailing

    # indented comment

def f():
    # comment in body

    return 1
        # odd indent comment

# final
