# ---
# title.ru: Future, который заполняет другая задача (42)
# title.en: A Future that another task completes (42)
# concepts: asyncio, Future, set_result, create_task, await
# lesson.ru: make_request() возвращает пустой (неготовый) Future и запускает задачу,
#   которая через секунду кладёт в него 42. main() ждёт этот Future через await: на шкале
#   Task-1 ждёт строку value = await future, а Task-2 спит. Когда Task-2 вызывает
#   future.set_result(42), она будит Task-1 — стрелка идёт от Task-2 к Task-1 (наведите
#   на строку задачи или щёлкните её). Задача — это тоже Future: сопрограмма плюс место
#   для её результата.
# lesson.en: make_request() returns an empty (not yet done) Future and starts a task that
#   puts 42 into it a second later. main() waits for that Future with await: on the
#   timeline Task-1 waits at the line value = await future while Task-2 sleeps. When
#   Task-2 calls future.set_result(42) it wakes Task-1: the arrow goes from Task-2 to
#   Task-1 (hover over a task's row or click it). A task is a Future too: a coroutine plus
#   a place for its result.
# ---
from asyncio import Future
import asyncio


def make_request() -> Future:
    future = Future()
    asyncio.create_task(set_future_value(future))
    return future


async def set_future_value(future) -> None:
    await asyncio.sleep(1)
    future.set_result(42)


async def main():
    future = make_request()
    print(f'Будущий объект готов? {future.done()}')
    value = await future
    print(f'Будущий объект готов? {future.done()}')
    print(value)


asyncio.run(main())
