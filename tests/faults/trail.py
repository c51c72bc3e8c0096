"""Reading the offset trail (`STREAMS_OFFSET_TRACE=1`, streams/offsets.py) of a worker log.

Two promises of at-least-once, checked per worker process:

- a commit passes only offsets acknowledged by an ack that counted;
- an ack of a `stories` message counts only after the notifier finished that message.

A break names the mechanism of a loss: which commit passed which offset, or which ack counted for a
message the notifier never finished.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

_LINE = re.compile(r"\] \[(?P<pid>\d+)\] \[INFO\] offsets: (?P<what>.*?)\s*$")
_ACK = re.compile(r"ack (?P<tp>\S+)@(?P<offset>\d+) counts (?P<counts>True|False)")
_DONE = re.compile(r"notify is done with (?P<tp>\S+)@(?P<offset>\d+)")
_COMMIT = re.compile(r"commit (?P<tp>\S+) head (?P<head>\d+|None) acked .*: (?P<offset>\d+|None)$")


def breaks(lines: Iterable[str], stories_topic: str = "enforcement.stories.v1") -> list[str]:
    """Every place the trail breaks one of the two promises, in log order."""
    counted: dict[tuple[str, str], set[int]] = defaultdict(set)
    done: set[tuple[str, str, int]] = set()
    found = []
    for line in lines:
        m = _LINE.search(line)
        if m is None:
            continue
        pid, what = m["pid"], m["what"]
        if d := _DONE.match(what):
            done.add((pid, d["tp"], int(d["offset"])))
        elif a := _ACK.match(what):
            if a["counts"] == "True":
                tp, offset = a["tp"], int(a["offset"])
                counted[(pid, tp)].add(offset)
                if stories_topic + "[" in tp and (pid, tp, offset) not in done:
                    found.append(f"process {pid}: the ack of {tp}@{offset} counted before notify was done")
        elif (c := _COMMIT.match(what)) and c["offset"] != "None" and c["head"] != "None":
            tp, head, to = c["tp"], int(c["head"]), int(c["offset"])
            passed = [o for o in range(head, to) if o not in counted[(pid, tp)]]
            if passed:
                found.append(f"process {pid}: a commit of {tp} to {to} passed {passed}, never acknowledged")
    return found
