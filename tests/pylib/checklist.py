"""What the Python tests share: named checks that print each failure, and the
exit status they add up to. A test script imports it with

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
    from checklist import check, finish
"""
import sys

_results = []


def check(name, ok, detail=""):
    """Records one check; a failed one prints its name and what was seen."""
    _results.append(bool(ok))
    if not ok:
        print(f"FAIL {name}: {detail}")
    return ok


def finish(note=""):
    """Prints the tally (and `note`) and exits 1 when any check failed."""
    failed = _results.count(False)
    print(f"{len(_results) - failed} passed, {failed} failed{note}")
    sys.exit(1 if failed else 0)
