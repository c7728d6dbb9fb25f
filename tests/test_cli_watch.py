"""`tourplanner watch` as a script uses it: a subprocess printing one JSON line per change
made by another process, stopped with SIGTERM (exit 0)."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from tests.test_cli import ROOT, run


def test_watch_prints_each_change_of_another_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 't.db'}"
    assert run("--db", url, "sample", cwd=tmp_path).returncode == 0
    assert (
        run(
            "--db", url, "export", "tour", "chongqing-2021", "-o", "t.json", cwd=tmp_path
        ).returncode
        == 0
    )
    env = {k: v for k, v in os.environ.items() if k != "TOURPLANNER_DB"}
    watcher = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "watch", "chongqing-2021", "--json"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        doc = json.loads((tmp_path / "t.json").read_text("utf-8"))
        doc["items"][0]["title"] = "Arrival (Gate 3)"
        (tmp_path / "t.json").write_text(json.dumps(doc), "utf-8")
        # The watcher may still be starting: change again until it has printed a line.
        line = ""
        for attempt in range(20):
            doc["items"][0]["title"] = f"Arrival (Gate {attempt})"
            (tmp_path / "t.json").write_text(json.dumps(doc), "utf-8")
            done = run(
                "--db", url, "import", "tour", "t.json", "--replace", cwd=tmp_path,
                env={"TOURPLANNER_USER": "Li Wei"},
            )  # fmt: skip
            assert done.returncode == 0, done.stderr

            ready, _, _ = select.select([watcher.stdout], [], [], 2.0)
            if ready:
                line = watcher.stdout.readline()  # type: ignore[union-attr]
                break
        assert line, "watch printed nothing"
        change = json.loads(line)
        assert set(change) == {"at", "who", "action", "record", "changes"}
        assert change["who"] == "Li Wei" and change["action"] == "tourplanner import tour"
        assert change["changes"]["title"][1].startswith("Arrival (Gate ")
    finally:
        watcher.send_signal(signal.SIGTERM)
        _out, err = watcher.communicate(timeout=20)
    assert watcher.returncode == 0, err
    assert "Traceback" not in err
