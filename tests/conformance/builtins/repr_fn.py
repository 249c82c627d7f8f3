print(repr(1), repr('a'), repr([1, 'b']), repr({'k': (1,)}), repr(1.0), repr(None), repr(repr))
