"""parallel.Owners: forked owners (and the one-thread fallback) answer in order and pass failures on."""

from __future__ import annotations

import os

import pytest

from kpugraph.errors import InputError, StageError
from kpugraph.parallel import Channel, Owners

SHARES = 7


def _squares(k: int, n: int, channel: Channel) -> None:
    """Owner k of n: its shares' squares, then (after the parent's word) the squares plus that word."""
    mine = {i: i * i for i in range(k, SHARES, n)}
    for i in sorted(mine):
        channel.send((k, mine[i]))
    add = channel.recv()
    if add is None:
        return
    for i in sorted(mine):
        channel.send(mine[i] + add)


@pytest.mark.parametrize("n", [1, 2, 3])
def test_owners_answer_in_share_order_and_keep_their_state(n: int) -> None:
    with Owners(_squares, n) as owners:
        first = [owners.recv(i % owners.n) for i in range(SHARES)]
        owners.send_all(100)
        second = [owners.recv(i % owners.n) for i in range(SHARES)]
    assert [v for _, v in first] == [i * i for i in range(SHARES)]
    assert [k for k, _ in first] == [i % n for i in range(SHARES)]  # share i belongs to owner i % n
    assert second == [i * i + 100 for i in range(SHARES)]


def _fails(k: int, n: int, channel: Channel) -> None:
    if k == n - 1:
        raise InputError("page.txt: broken on purpose")
    channel.send("fine")


@pytest.mark.parametrize("n", [1, 2])
def test_an_owner_failure_is_raised_in_the_parent(n: int) -> None:
    with pytest.raises(InputError, match="broken on purpose"), Owners(_fails, n) as owners:
        for k in range(n):
            owners.recv(k)


def _dies(k: int, n: int, channel: Channel) -> None:
    os._exit(3)


def test_an_owner_that_dies_is_reported_with_its_exit_code() -> None:
    with pytest.raises(StageError, match="exit code 3"), Owners(_dies, 2) as owners:
        owners.recv(0)
