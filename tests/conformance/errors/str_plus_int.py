age = 5
print("Age: " + age)
