"""Fetches a Debian package's files without installing it (apt-get download + dpkg -x).

Used by the lexicon generators that read word lists shipped in Debian packages. Python 3
standard library only; needs apt-get and dpkg, which every Debian machine has.
"""
import glob
import os
import subprocess
import tempfile


def extract(package, workdir=None):
    """Downloads `package` into a temporary directory, unpacks it there and returns the
    directory holding the unpacked file tree (its usr/, var/, ... subdirectories)."""
    workdir = workdir or tempfile.mkdtemp(prefix=f"lexicon-{package}-")
    subprocess.run(["apt-get", "download", package], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    debs = glob.glob(os.path.join(workdir, f"{package}_*.deb"))
    if not debs:
        raise RuntimeError(f"apt-get download {package} produced no .deb in {workdir}")
    root = os.path.join(workdir, "root")
    subprocess.run(["dpkg", "-x", debs[0], root], check=True)
    return root



def version_of(root, package):
    """The version in the file name of the .deb that extract() unpacked into `root`."""
    debs = glob.glob(os.path.join(os.path.dirname(root), f"{package}_*.deb"))
    return os.path.basename(debs[0]).split("_")[1] if debs else "unknown"
