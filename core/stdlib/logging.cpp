// logging: levels, records, formatters, handlers, the logger hierarchy and
// basicConfig, written in Python (below) and compiled on first import, so
// it runs -- and can be preempted -- like user code.
//
// Two natives live in the module because Python code here cannot see the
// interpreter's frames: _caller_info() finds the user's call site (file,
// line, function and, for stack_info, the formatted stack), skipping the
// frames of this module, and _format_exception() formats an exception the
// way an uncaught one prints (CPython's traceback.print_exception).
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

const char* const kLoggingFile = "<frozen logging>";

const char* const kLoggingSource = R"PY(
import sys
import time

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    with _LockContext():
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# --- threads and processes, when the playground provides them ----------------

_optional_modules = {}


def _optional_module(name):
    # threading and os are imported on first use; without them a record says
    # it comes from the main thread of one process.
    if name not in _optional_modules:
        try:
            if name == 'threading':
                import threading as module
            else:
                import os as module
        except ImportError:
            module = None
        _optional_modules[name] = module
    return _optional_modules[name]


def _thread_name_and_ident():
    threading = _optional_module('threading')
    if threading is None:
        return 'MainThread', 1
    return threading.current_thread().name, threading.get_ident()


def _process_id():
    os = _optional_module('os')
    if os is None or not hasattr(os, 'getpid'):
        return 1
    return os.getpid()


def _new_lock():
    threading = _optional_module('threading')
    if threading is None or not hasattr(threading, 'RLock'):
        return None
    return threading.RLock()


class _LockContext:
    # `with _LockContext():` holds the module's lock (an RLock when threading
    # exists), as logging's configuration functions do in CPython.
    def __enter__(self):
        _acquireLock()
        return self

    def __exit__(self, *exc):
        _releaseLock()
        return False


_lock = None
_lock_made = False


def _acquireLock():
    global _lock, _lock_made
    if not _lock_made:
        _lock = _new_lock()
        _lock_made = True
    if _lock is not None:
        _lock.acquire()


def _releaseLock():
    if _lock is not None:
        _lock.release()


_warned_at = set()


def _deprecated(message):
    # warnings.warn(message, DeprecationWarning, 2) under the default
    # filters: shown once per line, only when called from __main__.
    where = _caller_info(1, False)
    if where is None or where[4] != '__main__' or (where[0], where[1]) in _warned_at:
        return
    _warned_at.add((where[0], where[1]))
    text = '%s:%s: DeprecationWarning: %s\n' % (where[0], where[1], message)
    if where[5]:
        text += '  %s\n' % where[5]
    sys.stderr.write(text)


def _basename(path):
    return path.rsplit('/', 1)[-1]


def _stem(filename):
    dot = filename.rfind('.')
    if dot <= 0 or filename[:dot].strip('.') == '':
        return filename
    return filename[:dot]


# --- records -------------------------------------------------------------------

class LogRecord(object):
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = _basename(pathname)
            self.module = _stem(self.filename)
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.threadName, self.thread = _thread_name_and_ident()
        else:
            self.thread = None
            self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = _process_id() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# --- formatting styles ---------------------------------------------------------

def _is_identifier_char(c, first):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or (not first and '0' <= c <= '9')


def _percent_has_field(fmt):
    # CPython's check: %(name) then flags, width, precision and a conversion.
    i = fmt.find('%(')
    while i >= 0:
        j = fmt.find(')', i + 2)
        if j < 0:
            return False
        name = fmt[i + 2:j]
        k = j + 1
        ok = name != '' and all(_is_identifier_char(c, False) for c in name)
        while k < len(fmt) and fmt[k] in '#0+ -':
            k += 1
        if k < len(fmt) and fmt[k] == '*':
            k += 1
        else:
            while k < len(fmt) and fmt[k].isdigit():
                k += 1
        if k < len(fmt) and fmt[k] == '.':
            k += 1
            if k < len(fmt) and fmt[k] == '*':
                k += 1
            else:
                while k < len(fmt) and fmt[k].isdigit():
                    k += 1
        if ok and k < len(fmt) and fmt[k] in 'diouxefgcrsaDIOUXEFGCRSA%':
            return True
        i = fmt.find('%(', i + 2)
    return False


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _percent_has_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            return values
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


def _brace_fields(fmt):
    # The replacement fields of a str.format string as (name, spec,
    # conversion), with string.Formatter.parse's errors.
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n and depth:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            body = fmt[i + 1:j - 1]
            k = 0
            while k < len(body) and body[k] not in '!:':
                if body[k] == '[':
                    while k < len(body) and body[k] != ']':
                        k += 1
                k += 1
            name = body[:k]
            conversion = None
            spec = ''
            if k < len(body) and body[k] == '!':
                if k + 1 >= len(body):
                    raise ValueError("unmatched '{' in format spec")
                conversion = body[k + 1]
                k += 2
                if k < len(body) and body[k] != ':':
                    raise ValueError("expected ':' after conversion specifier")
            if k < len(body) and body[k] == ':':
                spec = body[k + 1:]
            fields.append((name, spec, conversion))
            i = j
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            i += 1
    return fields


def _is_word(text):
    return text != '' and all(ch == '_' or ch.isalnum() for ch in text)


def _valid_field_name(name):
    # ^(\d+|\w+)(\.\w+|\[[^]]+\])*$
    k = 0
    while k < len(name) and (name[k] == '_' or name[k].isalnum()):
        k += 1
    if k == 0:
        return False
    while k < len(name):
        if name[k] == '.':
            j = k + 1
            while j < len(name) and (name[j] == '_' or name[j].isalnum()):
                j += 1
            if j == k + 1:
                return False
            k = j
        elif name[k] == '[':
            j = name.find(']', k + 1)
            if j <= k + 1:
                return False
            k = j + 1
        else:
            return False
    return True


def _valid_spec(spec):
    # ^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$
    k = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        k = 2
    elif n >= 1 and spec[0] in '<>=^':
        k = 1

    def number_or_field(k):
        if k < n and spec[k] == '{':
            j = spec.find('}', k)
            if j < 0 or not _is_word(spec[k + 1:j]):
                return -1
            return j + 1
        j = k
        while j < n and spec[j].isdigit():
            j += 1
        return j

    if k < n and spec[k] in '+ -':
        k += 1
    if k < n and spec[k] == '#':
        k += 1
    if k < n and spec[k] == '0':
        k += 1
    k = number_or_field(k)
    if k < 0:
        return False
    if k < n and spec[k] in ',_':
        k += 1
    if k < n and spec[k] == '.':
        j = number_or_field(k + 1)
        if j <= k + 1:
            return False
        k = j
    if k < n and spec[k] in 'bcdefgnosx%BCDEFGNOSX':
        k += 1
    return k == n


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        names = []
        try:
            for name, spec, conversion in _brace_fields(self._fmt):
                if name:
                    if not _valid_field_name(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    names.append(name)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def _substitute(self, values, only_check=False):
        # string.Template.substitute: $$, $name and ${name}.
        fmt = self._fmt
        out = []
        names = []
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and fmt[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and fmt[j] == '{'
            if braced:
                j += 1
            k = j
            while k < n and _is_identifier_char(fmt[k], k == j) and fmt[k].isascii():
                k += 1
            name = fmt[j:k]
            if name == '' or (braced and (k >= n or fmt[k] != '}')):
                line = fmt[:i].count('\n') + 1
                col = i - fmt.rfind('\n', 0, i)
                if line == 1:
                    col = i + 1
                raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
            names.append(name)
            if not only_check:
                out.append('%s' % (values[name],))
            i = k + 1 if braced else k
        return names if only_check else ''.join(out)

    def _format(self, record):
        return self._substitute(self._values(record))

    def validate(self):
        try:
            names = self._substitute(None, True)
        except ValueError:
            raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError('invalid format: no fields')


_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# --- formatters ----------------------------------------------------------------

class Formatter(object):
    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        value = ei[1] if isinstance(ei, tuple) and len(ei) > 1 else ei
        if value is None:
            return 'NoneType: None'
        s = _format_exception(value)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# --- filters -------------------------------------------------------------------

class Filter(object):
    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# --- handlers ------------------------------------------------------------------

_handlers = {}
_handlerList = []


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        with _LockContext():
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _LockContext():
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_lock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _LockContext():
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        if raiseExceptions and sys.stderr:
            error = sys.exc_info()[1]
            sys.stderr.write('--- Logging error ---\n')
            sys.stderr.write(_format_exception(error))
            sys.stderr.write('Call stack:\n')
            where = _caller_info(1, True)
            if where is not None and where[3]:
                sys.stderr.write(where[3] + '\n')
            else:
                sys.stderr.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                sys.stderr.write('Unable to print the message and arguments'
                                 ' - possible formatting error.\nUse the'
                                 ' traceback above to help find the error.\n')

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


def _stream_name(stream):
    if stream is sys.stderr or stream is getattr(sys, '__stderr__', None):
        return '<stderr>'
    if stream is sys.stdout or stream is getattr(sys, '__stdout__', None):
        return '<stdout>'
    return str(getattr(stream, 'name', ''))


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = _stream_name(self.stream)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        raise NotImplementedError("logging.FileHandler: the Interleave playground has no files; "
                                  "log to sys.stderr or sys.stdout with logging.StreamHandler")


class _StderrHandler(StreamHandler):
    # The last resort: the bare message on whatever sys.stderr is now.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# --- loggers -------------------------------------------------------------------

class PlaceHolder(object):
    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _LockContext():
            rv = self.loggerDict.get(name)
            if rv is None or isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                if ph is not None:
                    self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The nearest existing ancestor becomes the parent; missing ones
        # get a placeholder that remembers this logger.
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        with _LockContext():
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        where = _caller_info(stacklevel, stack_info)
        if where is None:
            return "(unknown file)", 0, "(unknown function)", None
        pathname, lineno, func, stack = where[:4]
        sinfo = None
        if stack_info:
            sinfo = 'Stack (most recent call last):\n' + stack
        return pathname, lineno, func, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _LockContext():
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _LockContext():
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                break
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _LockContext():
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (level >= self.getEffectiveLevel())
            return is_enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter(object):
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# --- module-level functions ----------------------------------------------------

def basicConfig(**kwargs):
    with _LockContext():
        force = kwargs.pop('force', False)
        kwargs.pop('encoding', None)
        kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                kwargs.pop("filemode", 'a')
                if filename:
                    h = FileHandler(filename)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    for h in reversed(handlerList[:]):
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


def captureWarnings(capture):
    pass


def currentframe():
    return None
)PY";

// _caller_info(stacklevel, with_stack): (pathname, lineno, funcName, stack
// text or None, module __name__, stripped source line) of the stacklevel-th
// frame outside this module, or None.
Status caller_info(Vm& vm, Value, Args args, Value* out) {
  int64_t level = args.n > 0 && vm.is_int(args[0]) ? vm.int_of(args[0]) : 1;
  bool with_stack = args.n > 1 && vm.truthy(args[1]) == 1;
  Frame* found = nullptr;
  Frame* last = nullptr;
  for (Frame* f = vm.thread ? vm.thread->top : nullptr; f; f = f->back) {
    if (!f->code) continue;
    last = f;
    if (f->code->filename && f->code->filename->text == kLoggingFile) continue;
    found = f;
    if (--level <= 0) break;
  }
  if (!found) found = last;
  if (!found || !found->code) {
    *out = vm.None;
    return Status::Ok;
  }
  auto line_of = [](Frame* f) { return f->code->positions.empty() ? 0 : f->code->positions[f->pc()].line; };
  auto stripped_line = [&vm](Frame* f, int line) {
    std::string_view src = vm.source_line(f->code->filename, line);
    size_t a = 0, b = src.size();
    while (a < b && (src[a] == ' ' || src[a] == '\t' || src[a] == '\f')) ++a;
    while (b > a && (src[b - 1] == ' ' || src[b - 1] == '\t' || src[b - 1] == '\r' || src[b - 1] == '\n')) --b;
    return std::string(src.substr(a, b - a));
  };
  Value stack = vm.None;
  if (with_stack) {
    // traceback.print_stack: outermost first, no caret lines.
    std::vector<Frame*> frames;
    for (Frame* f = found; f; f = f->back)
      if (f->code) frames.push_back(f);
    std::string text;
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
      Frame* f = *it;
      int line = line_of(f);
      text += "  File \"" + f->code->filename->text + "\", line " + std::to_string(line) + ", in " +
              f->code->name->text + "\n";
      std::string src = stripped_line(f, line);
      if (!src.empty()) text += "    " + src + "\n";
    }
    if (!text.empty() && text.back() == '\n') text.pop_back();
    stack = vm.make_str(text);
  }
  Value module = found->globals ? vm.dict_get_str(found->globals, vm.n.__name__) : Value();
  *out = vm.make_tuple({Value::object(found->code->filename), vm.make_int(line_of(found)),
                        Value::object(found->code->name), stack, module.is_null() ? vm.None : module,
                        vm.make_str(stripped_line(found, line_of(found)))});
  return Status::Ok;
}

Status format_exception(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "_format_exception() takes exactly one argument");
  *out = vm.make_str(vm.format_exception(args[0]));
  return Status::Ok;
}

}  // namespace

void init_logging_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  vm.add_attr(d, "_caller_info", Value::object(vm.new_native("_caller_info", caller_info)));
  vm.add_attr(d, "_format_exception", Value::object(vm.new_native("_format_exception", format_exception)));
  // The rest is plain code, run like the source modules in modules.cpp.
  vm.set_module_source(m, kLoggingSource, kLoggingFile);
}

}  // namespace interleave::vm
