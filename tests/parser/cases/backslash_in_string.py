a = 'a\\b'
b = r'a\b'
c = 'C:\\Users\\x'
d = '\''
e = "\""
f = '''\'''\''''
