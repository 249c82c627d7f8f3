# A command interpreter in the style of PEP 636's tutorial, with a match
# statement inside a loop and a generator.
def commands():
    yield "go north"
    yield "look"
    yield "get lamp key"
    yield "drop"
    yield "quit now"
    yield "quit"
    yield "dance"

inventory = []
for line in commands():
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            print("going", direction)
        case ["look"]:
            print("you see a room")
        case ["get", *items] if items:
            inventory.extend(items)
            print("got", ", ".join(items))
        case ["drop", *items]:
            print("drop what?" if not items else items)
        case ["quit"]:
            print("bye with", inventory)
            break
        case ["quit", *rest]:
            print("quit takes no arguments:", rest)
        case [verb, *_]:
            print("unknown verb", repr(verb))
else:
    print("never printed")

events = [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q"}, {"type": "resize", "size": [3, 4], "dpi": 96}, {"kind": "?"}]
for e in events:
    match e:
        case {"type": "click", "pos": (x, y)}:
            print(f"click at {x},{y}")
        case {"type": "key", "key": str(k)} if k.isalpha():
            print("key", k)
        case {"type": "resize", "size": [w, h], **extra}:
            print("resize", w, h, extra)
        case other:
            print("unknown event", other)
print(x, y, k, w, h, extra, other)
