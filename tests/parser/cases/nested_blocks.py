def a():
    def b():
        def c():
            class D:
                def e(self):
                    for i in x:
                        while i:
                            if i:
                                with j:
                                    try:
                                        pass
                                    except E:
                                        pass
    return b
x = 1
