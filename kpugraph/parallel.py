"""Owners: worker processes that each keep a share of the work for a whole multi-phase job.

A `multiprocessing.Pool` forgets everything between two maps, so what a worker extracted would
have to travel back to the parent and out again. An owner is forked once and keeps its share:
owner k of n runs `body(k, n, channel)` and talks to the parent through the channel, so the
parent can collect results in input order (share i belongs to owner i % n), send back a decision,
and collect again. With one owner (or no `fork`) the body runs in a thread of this process: the
same code, no parallelism.
"""

from __future__ import annotations

import multiprocessing
import queue
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Protocol

from .errors import StageError


class Channel(Protocol):
    def send(self, obj: Any) -> None: ...

    def recv(self) -> Any: ...


Body = Callable[[int, int, Channel], None]


class _Failure:
    """What a body raised, sent in place of its next message."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class _ThreadChannel:
    def __init__(self, inbox: queue.Queue[Any], outbox: queue.Queue[Any]) -> None:
        self.inbox, self.outbox = inbox, outbox

    def send(self, obj: Any) -> None:
        self.outbox.put(obj)

    def recv(self) -> Any:
        return self.inbox.get()


def can_fork() -> bool:
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


def _run(body: Body, k: int, n: int, channel: Channel) -> None:
    try:
        body(k, n, channel)
    except BaseException as exc:  # noqa: BLE001 - every failure goes to the parent, which re-raises it
        try:
            channel.send(_Failure(exc))
        except Exception:  # an exception that does not pickle
            channel.send(_Failure(StageError(f"worker {k} failed: {type(exc).__name__}: {str(exc)[:200]}")))


def _child(body: Body, k: int, n: int, conn: Connection) -> None:
    _run(body, k, n, conn)
    conn.close()


class Owners:
    """`n` owners running `body`; use as a context manager (leaving it stops them all)."""

    def __init__(self, body: Body, n: int) -> None:
        self.n = max(1, n)
        self._procs: list[multiprocessing.process.BaseProcess] = []
        self._channels: list[Channel] = []
        if self.n == 1 or not can_fork():
            self.n = 1
            to_owner: queue.Queue[Any] = queue.Queue()
            to_parent: queue.Queue[Any] = queue.Queue()
            thread = threading.Thread(target=_run, args=(body, 0, 1, _ThreadChannel(to_owner, to_parent)), daemon=True)
            self._channels.append(_ThreadChannel(to_parent, to_owner))
            thread.start()
            self._thread: threading.Thread | None = thread
            return
        self._thread = None
        ctx = multiprocessing.get_context("fork")
        for k in range(self.n):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_child, args=(body, k, self.n, theirs), daemon=True)
            proc.start()
            theirs.close()
            self._procs.append(proc)
            self._channels.append(mine)

    def recv(self, k: int) -> Any:
        """The next message of owner k; raises what its body raised."""
        try:
            msg = self._channels[k].recv()
        except EOFError:
            code = None
            if self._procs:
                self._procs[k].join(timeout=5)
                code = self._procs[k].exitcode
            raise StageError(f"worker process {k} ended unexpectedly (exit code {code})") from None
        if isinstance(msg, _Failure):
            raise msg.exc
        return msg

    def send_all(self, obj: Any) -> None:
        for channel in self._channels:
            channel.send(obj)

    def __enter__(self) -> Owners:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None and self._thread is not None:
            self._channels[0].send(None)  # a body waiting for the parent's word stops at None
        for proc in self._procs:
            proc.join(timeout=5 if exc[0] is None else 0)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        for channel in self._channels:
            if isinstance(channel, Connection):
                channel.close()
