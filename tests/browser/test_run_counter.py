"""The browser tests' run counter (``bench.harness.RUN_COUNTER_SCRIPT``) on messages made by
Streamlit's own protobuf classes: a run that ends counts once, a run cut short by the next
one or a fragment's run does not, and bytes that look like the field inside another field
are skipped. A Streamlit that renumbers the field fails here, not as a two-minute wait in
every browser test."""

from __future__ import annotations

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.harness import new_page

pytestmark = pytest.mark.browser

# A socket that never connects (port 9, discard): the messages are dispatched to it by hand.
DISPATCH = """async (messages) => {
  const socket = new WebSocket('ws://127.0.0.1:9');
  socket.addEventListener('error', () => {});
  for (const bytes of messages) {
    socket.dispatchEvent(new MessageEvent('message', {data: new Uint8Array(bytes).buffer}));
  }
  socket.close();
  for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
  return window.__scriptRuns;
}"""


def message(**fields) -> list[int]:
    """A ForwardMsg's bytes, with its hash and metadata as the server sends them."""
    msg = ForwardMsg(hash="f" * 32, **fields)
    msg.metadata.delta_path.extend([0, 1])
    return list(msg.SerializeToString())


def delta_with(text: str) -> list[int]:
    """A delta whose markdown holds ``text``."""
    msg = ForwardMsg(hash="d" * 32)
    msg.delta.new_element.markdown.body = text
    return list(msg.SerializeToString())


@pytest.fixture
def blank_page(chromium):
    page = new_page(chromium)
    page.goto("about:blank")
    yield page
    page.context.close()


def test_the_field_read_is_streamlits_script_finished():
    field = ForwardMsg.DESCRIPTOR.fields_by_name["script_finished"]
    assert field.number == 6
    status = ForwardMsg.ScriptFinishedStatus
    assert (status.FINISHED_SUCCESSFULLY, status.FINISHED_WITH_COMPILE_ERROR) == (0, 1)
    assert status.FINISHED_EARLY_FOR_RERUN == 2
    assert status.FINISHED_FRAGMENT_RUN_SUCCESSFULLY == 3


def test_runs_that_end_count_once_each(blank_page):
    status = ForwardMsg.ScriptFinishedStatus
    messages = [
        # « 0 » and « 6=0 » bytes inside other fields: skipped, not read as a run's end.
        delta_with("\x30\x00" * 40),
        message(script_finished=status.FINISHED_EARLY_FOR_RERUN),
        message(script_finished=status.FINISHED_SUCCESSFULLY),
        message(script_finished=status.FINISHED_FRAGMENT_RUN_SUCCESSFULLY),
        delta_with("x" * 300),  # a length over one byte
        message(script_finished=status.FINISHED_WITH_COMPILE_ERROR),
    ]
    assert blank_page.evaluate(DISPATCH, messages) == 2
