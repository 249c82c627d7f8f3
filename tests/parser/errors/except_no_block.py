try:
    pass
except:
print(x)
