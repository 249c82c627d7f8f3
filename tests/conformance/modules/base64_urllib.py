# base64 and urllib.parse, as HTTP clients use them (Basic auth, query strings).
import base64
from urllib.parse import quote, quote_plus, unquote, unquote_plus, urlencode

for data in [b'', b'f', b'fo', b'foo', b'user:pa ss', 'логин:пароль'.encode('utf-8'), bytes(range(0, 256, 7))]:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.urlsafe_b64encode(data))
print(base64.b64decode('aGVsbG8='), base64.b64decode(b'aGVs bG8='), base64.urlsafe_b64decode('-_-_'))
for bad in ['abc', 'a', 'aGVsbG8']:
    try:
        base64.b64decode(bad)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError:', e)
print(quote('a b/c?d=é'), quote('a b/c', safe=''), quote(b'\x00\xff'), quote(''))
print(quote_plus('a b&c=d/е'), quote_plus('x+y'), unquote('a%20b%2Fc%zz%'), unquote_plus('a+b%21'))
print(urlencode({'q': 'Москва и ёж', 'page': 2, 'flag': True}))
print(urlencode([('a', [1, 2]), ('b', 'x y')], doseq=True), urlencode([('a', [1, 2])]))
try:
    quote(5)
except TypeError as e:
    print('TypeError:', e)
try:
    urlencode('a=b')
except TypeError as e:
    print('TypeError:', e)
