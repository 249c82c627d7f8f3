a = '\n\t\r\\\a\b\f\v'
b = '\x41\x7f\xa0\xff'
c = '\u0416\u00e9\U0001F600'
d = '\101\0\7\377'
e = '\d\w\q'
f = 'line\
continued'
g = '\ud800'
h = '\x00'
