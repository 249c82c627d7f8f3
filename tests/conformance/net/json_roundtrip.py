# json: what requests' Response.json() and programs use, against CPython.
import json

data = {'name': 'Interleave', 'ok': True, 'none': None, 'n': [1, 2.5, -3, 1e100, 0.1],
        'nested': {'a': [], 'b': {}, 'c': ['x', ('t', 'u')]}, 'text': 'tab\there "quoted" \\ é ✓ 😀'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps({1: 'one', 2.5: 'x', True: 't', None: 'n'}))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(-float('inf')))
print(json.dumps('x'), json.dumps(None), json.dumps(12), json.dumps(3.0))
print(json.dumps(set(), default=list), json.dumps({'k': {1, 2}}, default=sorted))
back = json.loads(json.dumps(data))
print(back == {**data, 'nested': {'a': [], 'b': {}, 'c': ['x', ['t', 'u']]}})
print(json.loads('  {"a" : [1, 2.0, -0.5e-3, true, false, null, "\\u00e9\\ud83d\\ude00\\n"]}  '))
print(json.loads(b'[1, "two"]'), json.loads('"\\/"'), json.loads('-0'), json.loads('1E3'), json.loads('NaN') != 0)
print(json.loads('{"a": 1, "a": 2}'), json.loads('[]'), json.loads('{}'))
print(json.loads('{"b": 1}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
for bad in ['', '   ', '{', '{"a" 1}', '{"a": 1,}', '[1, 2', '[1 2]', '{a: 1}', '"abc', '"a\\qb"', 'tru', '1 2',
            '"\x01"', '[1,]', '{"a": 1}}', '01']:
    try:
        json.loads(bad)
        print('no error for', repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads('[\n  1,\n  2,\n  x\n]') if False else '')
try:
    json.loads('[\n  1,\n  x\n]')
except ValueError as e:
    print(e)
for bad in [object(), {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, str(e).replace(' object', ''))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
