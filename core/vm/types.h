// The built-in types and the interned names of one Vm.
#pragma once

#include "vm/vm.h"

namespace interleave::vm {

#define INTERLEAVE_EXCEPTION_TYPES(X)                 \
  X(BaseException, base_exception)                    \
  X(SystemExit, SystemExit_)                          \
  X(KeyboardInterrupt, KeyboardInterrupt_)            \
  X(GeneratorExit, GeneratorExit_)                    \
  X(Exception, exception)                             \
  X(BaseExceptionGroup, BaseExceptionGroup_)          \
  X(ExceptionGroup, ExceptionGroup_)                  \
  X(StopIteration, StopIteration_)                    \
  X(StopAsyncIteration, StopAsyncIteration_)          \
  X(ArithmeticError, ArithmeticError_)                \
  X(FloatingPointError, FloatingPointError_)          \
  X(OverflowError, OverflowError_)                    \
  X(ZeroDivisionError, ZeroDivisionError_)            \
  X(AssertionError, AssertionError_)                  \
  X(AttributeError, AttributeError_)                  \
  X(BufferError, BufferError_)                        \
  X(EOFError, EOFError_)                              \
  X(ImportError, ImportError_)                        \
  X(ModuleNotFoundError, ModuleNotFoundError_)        \
  X(LookupError, LookupError_)                        \
  X(IndexError, IndexError_)                          \
  X(KeyError, KeyError_)                              \
  X(MemoryError, MemoryError_)                        \
  X(NameError, NameError_)                            \
  X(UnboundLocalError, UnboundLocalError_)            \
  X(OSError, OSError_)                                \
  X(TimeoutError, TimeoutError_)                      \
  X(ConnectionError, ConnectionError_)                \
  X(BlockingIOError, BlockingIOError_)                \
  X(InterruptedError, InterruptedError_)              \
  X(BrokenPipeError, BrokenPipeError_)                \
  X(ConnectionAbortedError, ConnectionAbortedError_)  \
  X(ConnectionRefusedError, ConnectionRefusedError_)  \
  X(ConnectionResetError, ConnectionResetError_)      \
  X(FileNotFoundError, FileNotFoundError_)            \
  X(ReferenceError, ReferenceError_)                  \
  X(RuntimeError, RuntimeError_)                      \
  X(NotImplementedError, NotImplementedError_)        \
  X(RecursionError, RecursionError_)                  \
  X(SyntaxError, SyntaxError_)                        \
  X(SystemError, SystemError_)                        \
  X(TypeError, TypeError_)                            \
  X(ValueError, ValueError_)                          \
  X(UnicodeError, UnicodeError_)                      \
  X(UnicodeDecodeError, UnicodeDecodeError_)          \
  X(UnicodeEncodeError, UnicodeEncodeError_)          \
  X(Warning, Warning_)                                \
  X(UserWarning, UserWarning_)                        \
  X(DeprecationWarning, DeprecationWarning_)          \
  X(RuntimeWarning, RuntimeWarning_)

struct Types {
  TypeObject *type, *object, *none, *bool_, *int_, *float_, *str, *bytes, *list, *tuple, *dict,
      *set, *frozenset, *range, *slice, *function, *builtin_function, *method, *cell, *code,
      *module, *generator, *coroutine, *property, *staticmethod, *classmethod, *not_implemented,
      *ellipsis, *iterator, *opaque, *super_, *frame, *traceback, *member_descriptor;
  TypeObject *async_generator, *async_generator_asend, *async_generator_athrow, *anext_awaitable;  // async_gen.cpp
  TypeObject *list_iterator, *tuple_iterator, *range_iterator, *str_iterator, *dict_keyiterator,
      *dict_valueiterator, *dict_itemiterator, *set_iterator, *dict_keys, *dict_values,
      *dict_items, *enumerate, *zip, *map, *filter, *reversed;
  TypeObject *deque, *deque_iterator, *deque_reverse_iterator;  // builtins/deque.cpp
#define INTERLEAVE_DECLARE_EXC(Py, field) TypeObject* field;
  INTERLEAVE_EXCEPTION_TYPES(INTERLEAVE_DECLARE_EXC)
#undef INTERLEAVE_DECLARE_EXC
};

#define INTERLEAVE_NAMES(X)                                                               \
  X(__init__) X(__new__) X(__str__) X(__repr__) X(__eq__) X(__ne__) X(__lt__) X(__le__)   \
  X(__gt__) X(__ge__) X(__hash__) X(__len__) X(__iter__) X(__next__) X(__getitem__)       \
  X(__setitem__) X(__delitem__) X(__contains__) X(__call__) X(__enter__) X(__exit__)       \
  X(__bool__) X(__getattr__) X(__getattribute__) X(__setattr__) X(__get__) X(__set__) X(__delete__) X(__name__)             \
  X(__qualname__) X(__module__) X(__doc__) X(__class__) X(__dict__) X(__main__)           \
  X(__builtins__) X(__add__) X(__neg__) X(__pos__) X(__invert__) X(__abs__)               \
  X(__classcell__) X(__format__) X(__await__) X(__index__) X(__int__) X(__float__)        \
  X(__annotations__) X(__missing__) X(__reversed__) X(__delattr__) X(__file__)            \
  X(__aenter__) X(__aexit__) X(__aiter__) X(__anext__) X(__round__) X(__set_name__)       \
  X(__init_subclass__) X(__slots__) X(__wrapped__) X(__traceback__) X(__cause__)          \
  X(__context__) X(__suppress_context__) X(args) X(value) X(send)       \
  X(keys) X(items) X(append) X(write) X(flush) X(join) X(self)

struct Names {
#define INTERLEAVE_DECLARE_NAME(n) StrObject* n;
  INTERLEAVE_NAMES(INTERLEAVE_DECLARE_NAME)
#undef INTERLEAVE_DECLARE_NAME
  StrObject* binop_dunder[13];   // __add__, __and__, ... in BinaryOp order
  StrObject* binop_rdunder[13];  // __radd__, ...
  StrObject* binop_idunder[13];  // __iadd__, ...
  StrObject* cmp_dunder[6];      // __lt__, __le__, __eq__, __ne__, __gt__, __ge__
};

// Symbols of BinaryOp for messages ("+", "//", ...), and of CompareOp.
const char* binary_op_symbol(int op);  // op may include kInplace
const char* compare_op_symbol(CompareOp op);

}  // namespace interleave::vm
