// The operations of the language on any value, in "may call Python" form:
// each returns Ok (result in *out), Error (exception set), or Call (the
// thread's request names a Python dunder to run; its result -- possibly
// post-processed by a continuation -- is the operation's result). The
// interpreter feeds Call straight into its frame chain; natives that need a
// plain answer use Vm::finish (which runs the request to completion).
#pragma once

#include "vm/vm.h"

namespace interleave::vm {

Status op_binary(Vm& vm, Value a, Value b, int op, Value* out);  // op: BinaryOp (+ kInplace)
Status op_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out);
Status op_unary(Vm& vm, Op op, Value a, Value* out);
Status op_getitem(Vm& vm, Value obj, Value key, Value* out);
Status op_setitem(Vm& vm, Value obj, Value key, Value value);
Status op_delitem(Vm& vm, Value obj, Value key);
Status op_contains(Vm& vm, Value container, Value item, Value* out);  // out: True/False
Status op_getattr(Vm& vm, Value obj, StrObject* name, Value* out);
// object.__getattribute__: op_getattr without the class's own
// __getattribute__ and __getattr__ hooks.
Status op_getattr_generic(Vm& vm, Value obj, StrObject* name, Value* out);
// A __slots__ member descriptor's (name, owner class, slot index): the
// receiver its natives are bound to (builtins/classes.cpp).
TupleObject* member_info(const Object* member);
// [generic]: object.__setattr__, which skips the class's own __setattr__.
Status op_setattr(Vm& vm, Value obj, StrObject* name, Value value, bool generic = false);
// op_getattr / op_setattr for a plain instance (Kind::Instance), with the
// same answers: [hint] is the instruction's guess of the entry number of
// [name] in the instance dict (objects of one class usually get their
// attributes in the same order), checked before use and updated.
Status op_getattr_instance(Vm& vm, InstanceObject* o, StrObject* name, int32_t* hint, Value* out);
Status op_setattr_instance(Vm& vm, InstanceObject* o, StrObject* name, Value value, int32_t* hint);
Status op_iter(Vm& vm, Value obj, Value* out);
// Ok with *out null means exhausted.
Status op_next(Vm& vm, Value iter, Value* out);
Status op_str(Vm& vm, Value v, Value* out);
Status op_import(Vm& vm, StrObject* name, Value* out);  // modules.cpp
Status op_delattr(Vm& vm, Value obj, StrObject* name);  // Call: a deleter / __delete__ runs
Status op_repr(Vm& vm, Value v, Value* out);
Status op_format(Vm& vm, Value v, Value spec, Value* out);
Status op_truthy(Vm& vm, Value v, Value* out);  // out: True/False
Status op_len(Vm& vm, Value v, Value* out);

// The match statement's instructions (match_ops.cpp).
bool match_is_sequence(Value v);
bool match_is_mapping(Value v);
Status match_keys(Vm& vm, Value map, Value keys, Value* out);
Status match_rest(Vm& vm, Value map, Value keys, Value* out);
Status match_class(Vm& vm, Value subject, Value cls, Value kw_names, uint32_t npos, Value* out);
// Call when a Python __bool__/__len__ decides [v]'s truth (result: a bool).
Status truth_request(Vm& vm, Value v);
// For a continuation: [v]'s truth in *t (Ok), or Call when a Python
// __bool__/__len__ decides it -- the continuation chains itself and gets
// the answer, a bool, as its value.
Status truth_of(Vm& vm, Value v, int* t);
// The items of [iterable] as a tuple, at most [limit] of them when it is
// an int (consumers.cpp; a Vm::ReplayOp).
Status collect_op(Vm& vm, Value iterable, Value limit, Value, Value* out);
Status op_hash(Vm& vm, Value v, Value* out);

// Lists, tuples and deques item by item (builtins/seq_search.cpp): Call
// when an item's Python __eq__ (or __bool__) must answer; the walk goes on
// in a continuation and sees what that code did (a list re-read, a deque's
// change an error). seq_scan searches items [start, stop) of [seq] for
// [item]: `in` (a bool), count() (an int), index() (an int; ValueError when
// absent), remove() (None). seq_compare compares two of one kind, as
// CPython's list_richcompare / tuplerichcompare / deque_richcompare.
enum class SeqScan { Contains, Count, Index, Remove };
Status seq_scan(Vm& vm, Value seq, Value item, SeqScan mode, int64_t start, int64_t stop, Value* out);
bool is_seq_pair(Value a, Value b);  // two lists, two tuples or two deques
Status seq_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out);

// Two sets (builtins/set.cpp): the operators | & - ^ (and in place) and
// the comparisons, with each key's Python __hash__/__eq__ a frame (Call:
// the walk goes on in continuations).
bool is_set_pair(Value a, Value b);
Status set_fill(Vm& vm, SetObject* s, Value iterable, Value* out);  // set(x): x's items into s
Status set_binary(Vm& vm, Value a, Value b, BinaryOp op, bool inplace, Value* out);
Status set_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out);
// dict_keys and dict_items (set-like views): & | - ^ with a view on either
// side, and the comparisons of a view with a set or a view.
bool is_set_view(Vm& vm, Value v);
Status view_binary(Vm& vm, Value a, Value b, BinaryOp op, Value* out);
Status view_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out);
// Two dicts, == and != (builtins/dict_fill.cpp): each key's lookup and
// each value's __eq__ may be a frame.
bool is_dict_pair(Value a, Value b);
Status dict_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out);

// The built-in halves of the operations above: what the value's built-in
// type does, never asking a Python dunder of the value's own class (they
// are int.__add__, list.__getitem__ and the other methods of the built-in
// types, builtins/slots.cpp). builtin_binary and builtin_unary return Call
// when the type has no meaning for the operands (NotImplemented);
// builtin_compare returns 1/0, -1 on error, -2 for NotImplemented.
Status builtin_binary(Vm& vm, Value a, Value b, int op, bool inplace, Value* out);
// Whether builtin_binary's [s] means NotImplemented: its Call is also a
// set operation's request (the walk going on as frames).
bool binary_unhandled(Vm& vm, Status s);
int builtin_compare(Vm& vm, Value a, Value b, CompareOp op);
Status builtin_unary(Vm& vm, Op op, Value a, Value* out);
Status builtin_getitem(Vm& vm, Value obj, Value key, Value* out);
Status builtin_setitem(Vm& vm, Value obj, Value key, Value value);
Status builtin_delitem(Vm& vm, Value obj, Value key);
Status builtin_contains(Vm& vm, Value container, Value item, Value* out);
bool builtin_len(Vm& vm, Value v, int64_t* out);
bool builtin_hash(Vm& vm, Value v, int64_t* out);
Status builtin_iter(Vm& vm, Value v, Value* out);  // builtins/iterators.cpp; Call: not iterable
Status builtin_format(Vm& vm, Value v, Value spec, Value* out);  // builtins/format.cpp

// Built-in (no Python code) fast paths, used by the interpreter first.
bool int_binary(Vm& vm, int64_t a, int64_t b, int op, Value* out, bool* error);
bool float_binary(Vm& vm, double a, double b, int op, Value* out, bool* error);

// Looks an attribute up on the type and binds it (functions -> bound
// methods, property -> getter call...). Used by op_getattr.
Status type_attr_bind(Vm& vm, Value obj, TypeObject* type, Value attr, Value* out);

// Instance creation for a class: allocates by layout and runs __init__.
Status call_type(Vm& vm, TypeObject* type, Args args, Value* out);

}  // namespace interleave::vm
