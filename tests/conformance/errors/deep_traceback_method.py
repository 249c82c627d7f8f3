class Tree:
    def __init__(self, n):
        self.n = n
    def walk(self):
        if self.n == 0:
            return {}["leaf"]
        return Tree(self.n - 1).walk()
Tree(3).walk()
