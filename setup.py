"""Package layout that pyproject.toml cannot say on its own.

The repository keeps its shipped files at the top (``resources/``, ``db/``), where the
app, the tests and Alembic's command line find them in a checkout. An installed app
finds them inside the package instead: the wheel maps them to ``tourplanner/_resources``
and ``tourplanner/_db`` (``tourplanner.paths`` looks there first). Everything else about
the package (name, version, dependencies, package data) is in pyproject.toml.
"""

from setuptools import find_packages, setup

# Folders of the checkout that become sub-packages of the installed ``tourplanner``.
SHIPPED = {
    "tourplanner._resources": "resources",
    "tourplanner._db": "db",
    "tourplanner._db.versions": "db/versions",
}

setup(
    packages=[*find_packages(include=["tourplanner", "tourplanner.*"]), *SHIPPED],
    package_dir=SHIPPED,
)
