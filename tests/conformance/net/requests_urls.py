# requests' URL checks and request preparation happen before any network
# traffic, so they compare with the real requests under CPython.
import requests

for url in ['python://example.com', 'bad://example.com', 'example.com', 'http://', 'localhost:8000',
            'http://example.com:99999', 'http://example.com:abc', 'www.example.com/path']:
    try:
        requests.get(url)
    except requests.exceptions.RequestException as e:
        print(type(e).__module__, type(e).__name__, isinstance(e, ValueError), isinstance(e, IOError), '|', e)

p = requests.Request('GET', 'http://Example.com', params={'q': 'a b', 'n': [1, 2], 'z': None}).prepare()
print(p, p.method, p.url, p.body)
p = requests.Request('get', 'https://example.com/search?x=1#top', params=[('y', 'é&=')]).prepare()
print(p.method, p.url)
s = requests.Session()
for kwargs in [dict(json={'x': 1}), dict(data={'x': 'y z'}), dict(), dict(data=b'raw'), dict(auth=('user', 'pass'))]:
    p = s.prepare_request(requests.Request('POST', 'http://example.com/x', **kwargs))
    headers = dict(p.headers)
    headers.pop('User-Agent')
    print(sorted(headers.items()), p.body if p.body is None or isinstance(p.body, bytes) else p.body.encode())
print(sorted(k for k in s.headers), s.headers['user-agent'].startswith('python-requests/'))

r = requests.Response()
r.status_code = 404
r.reason = 'Not Found'
r.url = 'http://x/'
print(repr(r), r.ok, bool(r))
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print(type(e).__name__, e, e.response is r)
r.status_code = 503
r.reason = 'Service Unavailable'
try:
    r.raise_for_status()
except requests.exceptions.HTTPError as e:
    print(e)
r.status_code = 204
r.raise_for_status()
print(r.ok, requests.codes.ok, requests.codes['not_found'], requests.codes.teapot)
print(issubclass(requests.ConnectTimeout, requests.ConnectionError), issubclass(requests.ConnectTimeout, requests.Timeout),
      issubclass(requests.ReadTimeout, requests.ConnectionError), issubclass(requests.exceptions.JSONDecodeError, ValueError))
