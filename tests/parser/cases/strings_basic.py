a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s'
f = "say \"hi\""
g = 'mix "q" and \'s\''
h = ''
i = ""
j = 'con' 'cat' "enated"
k = ('multi'
     'line')
