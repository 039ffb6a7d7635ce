"""Confidentiality (seed 003): neither the window nor the CLI opens a network connection."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap

import pytest

_GUARD = textwrap.dedent(
    """
    import socket, sys
    attempts = []
    def _deny(kind):
        def deny(*args, **kwargs):
            attempts.append((kind, args[:2]))
            raise OSError(f"network access blocked by the test ({kind})")
        return deny
    _real_connect = socket.socket.connect
    def connect(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return _real_connect(self, address)
        return _deny("connect")(self, address)
    socket.socket.connect = connect
    socket.socket.connect_ex = connect
    socket.getaddrinfo = _deny("getaddrinfo")
    socket.gethostbyname = _deny("gethostbyname")
    socket.create_connection = _deny("create_connection")
    """
)


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[tuple] = []

    def deny(kind):
        def inner(*args, **kwargs):
            attempts.append((kind, args[:2]))
            raise OSError(f"network access blocked by the test ({kind})")

        return inner

    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        return deny("connect")(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "getaddrinfo", deny("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", deny("gethostbyname"))
    monkeypatch.setattr(socket, "create_connection", deny("create_connection"))
    return attempts


def test_the_guard_catches_a_connection(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 80))
    assert no_network


def test_window_with_the_demo_makes_no_connection(qtbot, demo_ctx, qsettings, no_network):
    from salesperf_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    window.backup_now()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)
    window.close()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules


def test_cli_makes_no_connection(tmp_path):
    db = tmp_path / "cli.sqlite"
    script = _GUARD + textwrap.dedent(
        f"""
        from salesperf_desktop.cli import main
        codes = []
        for argv in (["demo"], ["info"], ["staff"], ["score", "2026-09", "--detail"],
                     ["score", "2026-Q3", "--format", "json"], ["backup"], ["backup", "--list"],
                     ["restore"]):
            codes.append(main(["--db", {str(db)!r}, "--lang", "en", *argv]))
        print("CODES", codes, "ATTEMPTS", attempts, file=sys.stderr)
        sys.exit(1 if attempts or any(codes) else 0)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=240,
        env={**_env(), "SALESPERF_DATA_DIR": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ATTEMPTS []" in done.stderr


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
