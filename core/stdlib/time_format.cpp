// time: calendar conversions and formatting on the simulated clock --
// struct_time, gmtime, localtime, mktime, strftime, asctime, ctime and the
// timezone constants.
//
// The simulated machine's local timezone is UTC, so localtime() is gmtime()
// (with tm_zone 'UTC' where glibc's gmtime says 'GMT') and mktime() is
// timegm(). strftime follows glibc's C locale as CPython 3.11 on Linux with
// TZ=UTC shows it: the flags '-', '_', '0', '^', '#', a field width, the E
// and O modifiers, and unknown directives copied through literally.
//
// struct_time is a small Python class (a tuple subclass) compiled when the
// time module is imported; the natives build its instances directly.
#include <cmath>
#include <cstdio>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

const char* const kStructTimeSource = R"PY(
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        n = len(items)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:9])
        self._extra = (items[9] if n > 9 else None, items[10] if n > 10 else None)
        return self

    def __repr__(self):
        return ("time.struct_time(tm_year=%r, tm_mon=%r, tm_mday=%r, tm_hour=%r, tm_min=%r, "
                "tm_sec=%r, tm_wday=%r, tm_yday=%r, tm_isdst=%r)" % tuple(self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])
)PY";

// --- Calendar arithmetic (proleptic Gregorian, any int64 day) ---------------

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days from 1970-01-01 to y-m-d (m 1..12).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = floor_div(y, 400);
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t* y, int64_t* m, int64_t* d) {
  z += 719468;
  int64_t era = floor_div(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

// A broken-down time, fields as Python shows them (month 1..12, wday
// Monday = 0, yday 1..366).
struct Tm {
  int64_t year = 1970, mon = 1, mday = 1, hour = 0, min = 0, sec = 0, wday = 3, yday = 1, isdst = 0;
  std::string zone;    // tm_zone ("" when unknown)
  bool has_zone = false;
  int64_t gmtoff = 0;
};

Tm tm_from_seconds(int64_t secs) {
  Tm tm;
  int64_t days = floor_div(secs, 86400);
  int64_t rem = secs - days * 86400;
  civil_from_days(days, &tm.year, &tm.mon, &tm.mday);
  tm.hour = rem / 3600;
  tm.min = rem / 60 % 60;
  tm.sec = rem % 60;
  tm.wday = floor_mod(days + 3, 7);
  tm.yday = days - days_from_civil(tm.year, 1, 1) + 1;
  return tm;
}

// timegm() with mktime's normalisation of out-of-range fields.
int64_t seconds_from_fields(int64_t year, int64_t mon0, int64_t mday, int64_t hour, int64_t min, int64_t sec) {
  year += floor_div(mon0, 12);
  mon0 = floor_mod(mon0, 12);
  int64_t days = days_from_civil(year, mon0 + 1, 1) + mday - 1;
  return days * 86400 + hour * 3600 + min * 60 + sec;
}

const char* const kDayAbbr[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kDayFull[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kMonAbbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kMonFull[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};

// --- Arguments ----------------------------------------------------------------

ModuleObject* time_module(Vm& vm) {
  Value m = vm.dict_get_str(vm.modules, vm.intern("time"));
  return m.is_object() && m.obj()->kind == Kind::Module ? static_cast<ModuleObject*>(m.obj()) : nullptr;
}

// The current simulated wall-clock time, as time.time() reports it.
bool current_seconds(Vm& vm, Value self, double* out) {
  ModuleObject* m = self.is_object() && self.obj()->kind == Kind::Module ? static_cast<ModuleObject*>(self.obj())
                                                                         : time_module(vm);
  Value fn = m ? vm.dict_get_str(m->dict, vm.intern("time")) : Value();
  if (fn.is_null()) {
    vm.raise(vm.t.RuntimeError_, "time.time is missing");
    return false;
  }
  Value v;
  if (fn.is_object() && fn.obj()->kind == Kind::NativeFunction) {
    // The usual case, time.time itself: no nested interpreter run.
    auto* nf = static_cast<NativeFunctionObject*>(fn.obj());
    Status st = nf->fn(vm, nf->self, Args{nullptr, 0, nullptr}, &v);
    if (st == Status::Error) return false;
    if (st == Status::Call) v = vm.finish_sync_request();
    else if (st != Status::Ok) return vm.raise(vm.t.RuntimeError_, "time.time() cannot block"), false;
  } else {
    v = vm.call_sync(fn, {});
  }
  if (v.is_null()) return false;
  if (!vm.is_number(v)) {
    vm.raise(vm.t.TypeError_, "time.time() did not return a number");
    return false;
  }
  *out = vm.float_of(v);
  return true;
}

// CPython's _PyTime_ObjectToTime_t with ROUND_FLOOR; None means now.
bool seconds_arg(Vm& vm, Value self, Value v, int64_t* out) {
  double d;
  if (v.is_null() || v == vm.None) {
    if (!current_seconds(vm, self, &d)) return false;
  } else if (vm.is_int(v)) {
    *out = vm.int_of(v);
    return true;
  } else if (v.is_object() && v.obj()->kind == Kind::Float) {
    d = vm.float_of(v);
  } else {
    vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (std::isnan(d)) {
    vm.raise(vm.t.ValueError_, "Invalid value NaN (not a number)");
    return false;
  }
  d = std::floor(d);
  if (!(d >= -9.2e18 && d <= 9.2e18)) {
    vm.raise(vm.t.OverflowError_, "timestamp out of range for platform time_t");
    return false;
  }
  *out = static_cast<int64_t>(d);
  return true;
}

// glibc's gmtime fails when the year does not fit tm_year (an int).
bool seconds_to_tm(Vm& vm, int64_t secs, Tm* tm) {
  constexpr int64_t kLimit = 67767976233316800LL;  // about year 2^31 in seconds
  if (secs > kLimit || secs < -kLimit) {
    vm.raise(vm.t.OSError_, "[Errno 75] Value too large for defined data type");
    return false;
  }
  *tm = tm_from_seconds(secs);
  if (tm->year - 1900 > INT32_MAX || tm->year - 1900 < INT32_MIN) {
    vm.raise(vm.t.OSError_, "[Errno 75] Value too large for defined data type");
    return false;
  }
  return true;
}

bool is_struct_time(Vm& vm, Value v) {
  if (!v.is_object() || v.obj()->kind != Kind::Tuple) return false;
  const TypeObject* type = v.obj()->type;
  return type->name && type->name->text == "struct_time" && type->module_name == "time";
}

Value make_struct_time(Vm& vm, Value self, const Tm& tm) {
  ModuleObject* m = self.is_object() && self.obj()->kind == Kind::Module ? static_cast<ModuleObject*>(self.obj())
                                                                         : time_module(vm);
  Value cls = m ? vm.dict_get_str(m->dict, vm.intern("struct_time")) : Value();
  auto* t = vm.heap.make<TupleObject>(cls.is_object() && cls.obj()->kind == Kind::Type
                                          ? static_cast<TypeObject*>(cls.obj())
                                          : vm.t.tuple);
  for (int64_t f : {tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst})
    t->items.push_back(vm.make_int(f));
  if (t->type != vm.t.tuple) {
    t->attrs = vm.new_dict();
    vm.add_attr(t->attrs, "_extra", vm.make_tuple({vm.make_str(tm.zone), vm.make_int(tm.gmtoff)}));
  }
  return Value::object(t);
}

// CPython's gettmarg: a 9-tuple (or struct_time) of ints.
bool tuple_arg(Vm& vm, Value v, const char* fname, Tm* tm) {
  if (!v.is_object() || v.obj()->kind != Kind::Tuple) {
    vm.raise(vm.t.TypeError_, "Tuple or struct_time argument required");
    return false;
  }
  auto* t = static_cast<TupleObject*>(v.obj());
  if (t->items.size() != 9) {
    vm.raise(vm.t.TypeError_, std::string(fname) + "(): illegal time tuple argument");
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    Value x = t->items[i];
    if (!vm.is_int(x)) {
      vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(x) + "' object cannot be interpreted as an integer");
      return false;
    }
    f[i] = vm.int_of(x);
    if (f[i] > INT32_MAX || f[i] < INT32_MIN) {
      vm.raise(vm.t.OverflowError_, std::string("signed integer is ") + (f[i] > 0 ? "greater than maximum" : "less than minimum"));
      return false;
    }
  }
  tm->year = f[0];
  tm->mon = f[1];
  tm->mday = f[2];
  tm->hour = f[3];
  tm->min = f[4];
  tm->sec = f[5];
  tm->wday = f[6];
  tm->yday = f[7];
  tm->isdst = f[8];
  tm->has_zone = false;
  tm->gmtoff = 0;
  if (is_struct_time(vm, v) && t->attrs) {
    Value extra = vm.dict_get_str(t->attrs, vm.intern("_extra"));
    if (extra.is_object() && extra.obj()->kind == Kind::Tuple) {
      auto* e = static_cast<TupleObject*>(extra.obj());
      if (e->items.size() == 2) {
        if (vm.is_str(e->items[0])) {
          tm->zone = vm.as_str(e->items[0])->text;
          tm->has_zone = true;
        }
        if (vm.is_int(e->items[1])) tm->gmtoff = vm.int_of(e->items[1]);
      }
    }
  }
  return true;
}

// CPython's checktm (after gettmarg's conversions): month 0 means January,
// day 0 the first, yday 0 the first day; the weekday is taken modulo 7.
bool check_tm(Vm& vm, Tm* tm) {
  if (tm->mon == 0) tm->mon = 1;
  if (tm->mon < 1 || tm->mon > 12) return vm.raise(vm.t.ValueError_, "month out of range"), false;
  if (tm->mday == 0) tm->mday = 1;
  if (tm->mday < 0 || tm->mday > 31) return vm.raise(vm.t.ValueError_, "day of month out of range"), false;
  if (tm->hour < 0 || tm->hour > 23) return vm.raise(vm.t.ValueError_, "hour out of range"), false;
  if (tm->min < 0 || tm->min > 59) return vm.raise(vm.t.ValueError_, "minute out of range"), false;
  if (tm->sec < 0 || tm->sec > 61) return vm.raise(vm.t.ValueError_, "seconds out of range"), false;
  // C's (wday + 1) % 7 keeps the sign: Python's -1 is Monday's neighbour
  // Sunday, anything below is an error.
  if ((tm->wday + 1) % 7 < 0) return vm.raise(vm.t.ValueError_, "day of week out of range"), false;
  tm->wday = (tm->wday + 1) % 7 == 0 ? 6 : (tm->wday + 1) % 7 - 1;
  if (tm->yday == 0) tm->yday = 1;
  if (tm->yday < 0 || tm->yday > 366) return vm.raise(vm.t.ValueError_, "day of year out of range"), false;
  return true;
}

int64_t mktime_of(const Tm& tm) {
  int64_t s = seconds_from_fields(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec);
  // glibc in a zone without summer time still moves a tm_isdst > 0 back an hour.
  if (tm.isdst > 0) s -= 3600;
  return s;
}

// --- strftime -------------------------------------------------------------------

// glibc's ISO 8601 week arithmetic (yday 0-based, wday Sunday = 0).
int64_t iso_week_days(int64_t yday, int64_t wday) { return yday - floor_mod(yday - wday + 4 + 378, 7) + 3; }

void iso_week(const Tm& tm, int64_t* iso_year, int64_t* week) {
  int64_t year = tm.year;
  int64_t yday = tm.yday - 1, wday = (tm.wday + 1) % 7;
  int64_t days = iso_week_days(yday, wday);
  if (days < 0) {
    --year;
    days = iso_week_days(yday + (365 + is_leap(year)), wday);
  } else {
    int64_t d = iso_week_days(yday - (365 + is_leap(year)), wday);
    if (d >= 0) {
      ++year;
      days = d;
    }
  }
  *iso_year = year;
  *week = days / 7 + 1;
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}
std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return s;
}

std::string pad_left(std::string s, int width, char fill) {
  if (width > static_cast<int>(s.size())) s.insert(0, width - s.size(), fill);
  return s;
}

// A number with [digits] minimum digits; [space] pads with spaces by default
// (%e, %k, %l). flag is 0, '-', '_', '0', '^' or '#'; width -1 when absent.
std::string number(int64_t v, int digits, bool space, char flag, int width) {
  std::string sign = v < 0 ? "-" : "";
  std::string mag = std::to_string(v < 0 ? -v : v);
  if (flag == '-') return pad_left(sign + mag, width, ' ');
  bool spaces = flag == '_' || (space && flag != '0');
  int total = std::max(digits, width);
  if (spaces) return pad_left(sign + mag, total, ' ');
  return sign + pad_left(mag, total - static_cast<int>(sign.size()), '0');
}

std::string strftime_of(const Tm& tm, const std::string& fmt);

std::string directive(const Tm& tm, char c, char flag, int width, bool* known) {
  *known = true;
  auto text = [&](std::string s, bool hash_upper = true, bool hash_lower = false, bool keep_case = false) {
    if (!keep_case && (flag == '^' || (flag == '#' && hash_upper))) s = upper(s);
    if (flag == '#' && hash_lower) s = lower(s);
    return pad_left(s, width, flag == '0' ? '0' : ' ');
  };
  auto composite = [&](const char* f) {
    std::string s = strftime_of(tm, f);
    if (flag == '^') s = upper(s);
    return pad_left(s, width, flag == '0' ? '0' : ' ');
  };
  int64_t hour12 = tm.hour % 12 == 0 ? 12 : tm.hour % 12;
  int64_t wday_sun = (tm.wday + 1) % 7;
  int64_t yday0 = tm.yday - 1;
  switch (c) {
    case 'a': return text(kDayAbbr[wday_sun]);
    case 'A': return text(kDayFull[wday_sun]);
    case 'b':
    case 'h': return text(kMonAbbr[tm.mon - 1]);
    case 'B': return text(kMonFull[tm.mon - 1]);
    case 'p': return text(tm.hour >= 12 ? "PM" : "AM", false, true);
    case 'P': return text(tm.hour >= 12 ? "pm" : "am", false, false, true);
    case 'Z': {
      std::string zone = tm.has_zone ? tm.zone : tm.isdst < 0 ? "" : "UTC";
      return text(zone, false, true);
    }
    case 'c': return composite("%a %b %e %H:%M:%S %Y");
    case 'D':
    case 'x': return composite("%m/%d/%y");
    case 'F': return composite("%Y-%m-%d");
    case 'r': return composite("%I:%M:%S %p");
    case 'R': return composite("%H:%M");
    case 'T':
    case 'X': return composite("%H:%M:%S");
    case 'n': return text("\n");
    case 't': return text("\t");
    case '%': return text("%");
    case 'd': return number(tm.mday, 2, false, flag, width);
    case 'e': return number(tm.mday, 2, true, flag, width);
    case 'H': return number(tm.hour, 2, false, flag, width);
    case 'k': return number(tm.hour, 2, true, flag, width);
    case 'I': return number(hour12, 2, false, flag, width);
    case 'l': return number(hour12, 2, true, flag, width);
    case 'j': return number(tm.yday, 3, false, flag, width);
    case 'm': return number(tm.mon, 2, false, flag, width);
    case 'M': return number(tm.min, 2, false, flag, width);
    case 'S': return number(tm.sec, 2, false, flag, width);
    case 'y': return number(floor_mod(tm.year, 100), 2, false, flag, width);
    case 'Y': return number(tm.year, 1, false, flag, width);
    case 'C': return number(floor_div(tm.year, 100), 1, false, flag, width);
    case 'u': return number(wday_sun == 0 ? 7 : wday_sun, 1, false, flag, width);
    case 'w': return number(wday_sun, 1, false, flag, width);
    case 'U': return number((yday0 + 7 - wday_sun) / 7, 2, false, flag, width);
    case 'W': return number((yday0 + 7 - (wday_sun + 6) % 7) / 7, 2, false, flag, width);
    case 'G':
    case 'g':
    case 'V': {
      int64_t iso_year, week;
      iso_week(tm, &iso_year, &week);
      if (c == 'V') return number(week, 2, false, flag, width);
      if (c == 'g') return number(floor_mod(iso_year, 100), 2, false, flag, width);
      return number(iso_year, 1, false, flag, width);
    }
    case 's': return pad_left(std::to_string(mktime_of(tm)), width, flag == '0' ? '0' : ' ');
    case 'z': {
      if (tm.isdst < 0) return "";
      int64_t off = tm.gmtoff;
      std::string sign = off < 0 ? "-" : "+";
      if (off < 0) off = -off;
      int64_t hhmm = off / 3600 * 100 + off / 60 % 60;
      std::string digits = std::to_string(hhmm);
      std::string s;
      if (flag == '-') s = sign + digits;
      else if (flag == '_') s = sign + pad_left(digits, 4, ' ');
      else s = sign + pad_left(digits, 4, '0');
      return pad_left(s, width, ' ');
    }
    default: *known = false; return "";
  }
}

std::string strftime_of(const Tm& tm, const std::string& fmt) {
  std::string out;
  size_t i = 0;
  while (i < fmt.size()) {
    if (fmt[i] != '%') {
      out += fmt[i++];
      continue;
    }
    size_t start = i++;
    char flag = 0;
    while (i < fmt.size() && (fmt[i] == '-' || fmt[i] == '_' || fmt[i] == '0' || fmt[i] == '^' || fmt[i] == '#'))
      flag = fmt[i++];
    int width = -1;
    while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
      width = (width < 0 ? 0 : width) * 10 + (fmt[i] - '0');
      if (width > 1024) width = 1024;
      ++i;
    }
    char modifier = 0;
    if (i < fmt.size() && (fmt[i] == 'E' || fmt[i] == 'O')) modifier = fmt[i++];
    if (i >= fmt.size()) {
      out += fmt.substr(start);
      break;
    }
    char c = fmt[i++];
    bool known = false;
    // glibc accepts %E only before c C x X y Y (and is lenient with z) and %O
    // before the numeric directives other than the year's.
    bool modifier_ok = modifier == 0 || (modifier == 'E' && std::string("cCxXyYz").find(c) != std::string::npos) ||
                       (modifier == 'O' && std::string("deHIklmMSuUVwWyz").find(c) != std::string::npos);
    std::string s = modifier_ok ? directive(tm, c, flag, width, &known) : "";
    if (known) out += s;
    else out += pad_left(fmt.substr(start, i - start), width, ' ');
  }
  return out;
}

std::string asctime_of(const Tm& tm) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDayAbbr[(tm.wday + 1) % 7], kMonAbbr[tm.mon - 1],
                static_cast<int>(tm.mday), static_cast<int>(tm.hour), static_cast<int>(tm.min),
                static_cast<int>(tm.sec), static_cast<long long>(tm.year));
  return buf;
}

Status no_keywords(Vm& vm, Args args, const char* fname) {
  if (args.nkw()) return vm.raise(vm.t.TypeError_, std::string(fname) + "() takes no keyword arguments");
  return Status::Ok;
}

Status at_most(Vm& vm, Args args, const char* fname, int n) {
  if (no_keywords(vm, args, fname) != Status::Ok) return Status::Error;
  if (args.n > n)
    return vm.raise(vm.t.TypeError_, std::string(fname) + "() takes at most " + std::to_string(n) + " argument" +
                                         (n == 1 ? "" : "s") + " (" + std::to_string(args.n) + " given)");
  return Status::Ok;
}

Status from_seconds(Vm& vm, Value self, Args args, Value* out, const char* fname, bool local) {
  if (at_most(vm, args, fname, 1) != Status::Ok) return Status::Error;
  int64_t secs;
  Tm tm;
  if (!seconds_arg(vm, self, args.n ? args[0] : Value(), &secs) || !seconds_to_tm(vm, secs, &tm)) return Status::Error;
  tm.zone = local ? "UTC" : "GMT";
  tm.has_zone = true;
  *out = make_struct_time(vm, self, tm);
  return Status::Ok;
}

// The time tuple argument of strftime/asctime, defaulting to localtime().
bool tuple_or_now(Vm& vm, Value self, Value v, const char* fname, Tm* tm) {
  if (v.is_null()) {
    int64_t secs;
    if (!seconds_arg(vm, self, Value(), &secs) || !seconds_to_tm(vm, secs, tm)) return false;
    tm->zone = "UTC";
    tm->has_zone = true;
    return true;
  }
  return tuple_arg(vm, v, fname, tm) && check_tm(vm, tm);
}

}  // namespace

void add_time_formatting(Vm& vm, DictObject* d) {
  // The natives carry the module as their receiver, so they find
  // struct_time and time() there (and print as built-in functions).
  ModuleObject* module = time_module(vm);
  auto def = [&](const char* name, NativeFn fn) {
    NativeFunctionObject* f = vm.new_native(name, fn);
    if (module) f->self = Value::object(module);
    vm.add_attr(d, name, Value::object(f));
  };
  def("gmtime", [](Vm& vm, Value self, Args args, Value* out) {
    return from_seconds(vm, self, args, out, "gmtime", false);
  });
  def("localtime", [](Vm& vm, Value self, Args args, Value* out) {
    return from_seconds(vm, self, args, out, "localtime", true);
  });
  def("mktime", [](Vm& vm, Value self, Args args, Value* out) {
    if (no_keywords(vm, args, "mktime") != Status::Ok) return Status::Error;
    if (args.n != 1)
      return vm.raise(vm.t.TypeError_,
                      "time.mktime() takes exactly one argument (" + std::to_string(args.n) + " given)");
    Tm tm;
    if (!tuple_arg(vm, args[0], "mktime", &tm)) return Status::Error;
    *out = vm.make_float(static_cast<double>(mktime_of(tm)));
    return Status::Ok;
  });
  def("strftime", [](Vm& vm, Value self, Args args, Value* out) {
    if (no_keywords(vm, args, "strftime") != Status::Ok) return Status::Error;
    if (args.n < 1)
      return vm.raise(vm.t.TypeError_, "strftime() takes at least 1 argument (" + std::to_string(args.n) + " given)");
    if (at_most(vm, args, "strftime", 2) != Status::Ok) return Status::Error;
    if (!vm.is_str(args[0]))
      return vm.raise(vm.t.TypeError_, std::string("strftime() argument 1 must be str, not ") + vm.type_name(args[0]));
    const std::string& fmt = vm.as_str(args[0])->text;
    if (fmt.find('\0') != std::string::npos) return vm.raise(vm.t.ValueError_, "embedded null character");
    Tm tm;
    if (!tuple_or_now(vm, self, args.n > 1 ? args[1] : Value(), "strftime", &tm)) return Status::Error;
    if (tm.isdst < -1) tm.isdst = -1;
    if (tm.isdst > 1) tm.isdst = 1;
    *out = vm.make_str(strftime_of(tm, fmt));
    return Status::Ok;
  });
  def("asctime", [](Vm& vm, Value self, Args args, Value* out) {
    if (no_keywords(vm, args, "asctime") != Status::Ok) return Status::Error;
    if (args.n > 1)
      return vm.raise(vm.t.TypeError_, "asctime expected at most 1 argument, got " + std::to_string(args.n));
    Tm tm;
    if (!tuple_or_now(vm, self, args.n ? args[0] : Value(), "asctime", &tm)) return Status::Error;
    *out = vm.make_str(asctime_of(tm));
    return Status::Ok;
  });
  def("ctime", [](Vm& vm, Value self, Args args, Value* out) {
    if (at_most(vm, args, "ctime", 1) != Status::Ok) return Status::Error;
    int64_t secs;
    Tm tm;
    if (!seconds_arg(vm, self, args.n ? args[0] : Value(), &secs) || !seconds_to_tm(vm, secs, &tm))
      return Status::Error;
    *out = vm.make_str(asctime_of(tm));
    return Status::Ok;
  });
  vm.add_attr(d, "timezone", vm.make_int(0));
  vm.add_attr(d, "altzone", vm.make_int(0));
  vm.add_attr(d, "daylight", vm.make_int(0));
  vm.add_attr(d, "tzname", vm.make_tuple({vm.make_str("UTC"), vm.make_str("UTC")}));

  // struct_time is a Python class: the rest of the module's body.
  if (module) vm.set_module_source(module, kStructTimeSource, "<frozen time>");
}

}  // namespace interleave::vm
