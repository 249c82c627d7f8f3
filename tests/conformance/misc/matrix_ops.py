def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), transpose(A), matmul(A, identity(2)) == A)
def power(m, k):
    result = identity(len(m))
    for _ in range(k):
        result = matmul(result, m)
    return result
print(power([[1, 1], [1, 0]], 30)[0][1])
