"""A database on a network share is recognised (and the user warned)."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadtracker.db.location import on_network_mount

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fileserver/japan\\040desk /mnt/japan\\040desk cifs rw,vers=3.0 0 0
server:/export/home /home/shared nfs4 rw 0 0
/dev/sdb1 /home/shared/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/japan desk/leadtracker.sqlite", True),  # SMB share, a space in its name
        ("/home/shared/desk.sqlite", True),  # NFS
        ("/home/shared/local/desk.sqlite", False),  # a local disk mounted inside the share
        ("/home/anna/desk.sqlite", False),
        ("/tmp/desk.sqlite", False),
        ("/mnt/japan desktop/desk.sqlite", False),  # only a similar name
    ],
)
def test_network_mounts_are_told_from_local_ones(path: str, network: bool) -> None:
    assert on_network_mount(Path(path), MOUNTS) is network
