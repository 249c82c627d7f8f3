// base64 and urllib.parse: the encodings HTTP clients need (Basic auth,
// query strings), as Python source. requests and aiohttp import them, as the
// real packages do.
namespace interleave::vm {

extern const char* const kBase64Source;
const char* const kBase64Source = R"PY(
"""base64: RFC 4648 Base64 (standard and URL-safe alphabets)."""

_STANDARD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


class _BinasciiError(ValueError):
    pass


_BinasciiError.__name__ = 'Error'
_BinasciiError.__qualname__ = 'Error'
_BinasciiError.__module__ = 'binascii'


def _bytes_of(s, what):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes):
        return bytes(s)
    raise TypeError(f"{what} bytes-like object or ASCII string is required, not '{type(s).__name__}'")


def _alphabet(altchars):
    if altchars is None:
        return _STANDARD
    altchars = _bytes_of(altchars, 'argument should be a')
    if len(altchars) != 2:
        raise AssertionError(repr(altchars))
    return _STANDARD[:62] + altchars


def b64encode(s, altchars=None):
    """Encode bytes with Base64; return bytes."""
    if not isinstance(s, bytes):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
    alphabet = _alphabet(altchars)
    out = []
    for i in range(0, len(s), 3):
        chunk = s[i:i + 3]
        n = 0
        for b in chunk:
            n = (n << 8) | b
        n <<= 8 * (3 - len(chunk))
        for k in range(4):
            out.append(alphabet[(n >> (18 - 6 * k)) & 63] if k <= len(chunk) else 61)  # 61: '='
    return bytes(out)


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 (bytes or an ASCII string); return bytes."""
    s = _bytes_of(s, 'argument should be a')
    alphabet = _alphabet(altchars)
    values = {c: i for i, c in enumerate(alphabet)}
    out = []
    n = 0
    bits = 0
    count = 0
    pad = 0
    for c in s:
        if c == 61:
            pad += 1
            continue
        if c not in values:
            if validate:
                raise _BinasciiError('Non-base64 digit found')
            continue
        if pad:
            if validate:
                raise _BinasciiError('Discontinuous padding not allowed')
            pad = 0
        n = ((n << 6) | values[c]) & 0xFFFF   # only the last 14 bits matter
        bits += 6
        count += 1
        if bits >= 8:
            bits -= 8
            out.append((n >> bits) & 0xFF)
    if count % 4 == 1:
        raise _BinasciiError(f'Invalid base64-encoded string: number of data characters ({count}) '
                             f'cannot be 1 more than a multiple of 4')
    if count % 4 and (count % 4) + pad < 4:
        raise _BinasciiError('Incorrect padding')
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(s, b'-_')
)PY";

extern const char* const kUrllibSource;
const char* const kUrllibSource = R"PY(
"""urllib: a package; its parse module is urllib.parse."""
)PY";

extern const char* const kUrllibParseSource;
const char* const kUrllibParseSource = R"PY(
"""urllib.parse: percent-encoding and query strings."""

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, bytes):
        raise TypeError('quote_from_bytes() expected bytes')
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    keep = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in keep else '%%%02X' % b for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode a string (UTF-8) or bytes, keeping letters, digits, '_.-~' and [safe]."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    elif encoding is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    elif errors is not None:
        raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), with spaces as '+' (form encoding)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


_HEX = frozenset(b'0123456789abcdefABCDEF')


def unquote_to_bytes(string):
    """Decode %XX escapes; return bytes."""
    if isinstance(string, str):
        string = string.encode('utf-8')
    out = []
    i = 0
    n = len(string)
    while i < n:
        b = string[i]
        if b == 37 and i + 2 < n and string[i + 1] in _HEX and string[i + 2] in _HEX:
            out.append(int(string[i + 1:i + 3].decode('ascii'), 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Decode %XX escapes in a string (UTF-8 by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    return unquote_to_bytes(string).decode(encoding, errors)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'k=v&k2=v2'."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError('not a valid non-string sequence or mapping object') from None

    def enc(v):
        if isinstance(v, (bytes, str)):
            return quote_via(v, safe) if encoding is None and errors is None else quote_via(v, safe, encoding, errors)
        return quote_via(str(v), safe) if encoding is None and errors is None else \
            quote_via(str(v), safe, encoding, errors)

    parts = []
    for k, v in query:
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(enc(k) + '=' + enc(v))
            continue
        try:
            items = iter(v)
        except TypeError:
            parts.append(enc(k) + '=' + enc(v))
            continue
        for elt in items:
            parts.append(enc(k) + '=' + enc(elt))
    return '&'.join(parts)
)PY";

}  // namespace interleave::vm
