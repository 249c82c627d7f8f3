import random
random.seed("hello")
print(random.random(), random.randint(1, 100))
random.seed(b"xyz")
print(random.random())
random.seed(2.5)
print(random.random())
print(random.normalvariate(0, 1), random.expovariate(2))
