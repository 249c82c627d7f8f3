x = 1
print(х)
с = = 1
