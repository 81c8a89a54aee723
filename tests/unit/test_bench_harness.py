"""A server the harness started and could not bring up is stopped, whatever stopped the wait.

A February run under faketime failed in the wait (``time.sleep`` raised EINVAL) and left
three fake-sheet servers running after pytest had exited.
"""

from __future__ import annotations

import os
import sys
import urllib.request

import pytest

from bench.harness import ServerError, StreamlitServer, free_port

NEVER_HEALTHY = [sys.executable, "-c", "import time; time.sleep(120)"]


def _server(tmp_path) -> StreamlitServer:
    return StreamlitServer(NEVER_HEALTHY, free_port(), tmp_path / "server.log", dict(os.environ))


def test_a_server_never_healthy_is_stopped(tmp_path):
    server = _server(tmp_path)
    with pytest.raises(ServerError, match="not healthy"):
        server.start(timeout=1)
    assert server.process.poll() is not None


def test_a_server_whose_wait_fails_is_stopped(tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(urllib.request, "urlopen", fail)
    server = _server(tmp_path)
    with pytest.raises(OSError, match="Invalid argument"):
        server.start(timeout=30)
    assert server.process.poll() is not None
