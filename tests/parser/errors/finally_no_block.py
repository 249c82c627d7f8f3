try:
    pass
finally:
print(x)
