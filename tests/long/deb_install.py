"""The Debian package: built by CPack from this build, installed with
`apt-get install ./arshjul_*.deb` into a clean Debian 12 root made by
debootstrap (its dependencies from Debian's archive, as on a fresh machine),
then the installed tools run on the installed examples, `man arshjul-check`
and `man 5 arshjul` read, the schemas, template and bash completion in place.
In a private mount and PID namespace; as root.

    deb_install.py BIN_DIR PROJECT_DIR
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
build = os.path.dirname(bin_dir)
if os.geteuid() != 0:
    sys.exit("deb_install needs root (debootstrap and chroot)")
for tool in ("debootstrap", "cpack", "unshare"):
    if not shutil.which(tool):
        sys.exit(f"missing {tool}: bash scripts/setup test installs it")
tmp = tempfile.mkdtemp(dir="/var/tmp")


p = subprocess.run(["cpack", "-G", "DEB", "-B", os.path.join(tmp, "pkg"), "--config",
                    os.path.join(build, "CPackConfig.cmake")], capture_output=True, text=True)
debs = glob.glob(os.path.join(tmp, "pkg", "arshjul_*_amd64.deb"))
check("cpack builds the package", p.returncode == 0 and len(debs) == 1, p.stdout[-500:] + p.stderr[-500:])
if not debs:
    sys.exit(1)

# A clean Debian 12 root; the bootstrap's packages are kept between runs (a cache, never the result).
cache = os.path.join(os.environ.get("XDG_CACHE_HOME", "/var/cache"), "arshjul-tests")
os.makedirs(cache, exist_ok=True)
tarball = os.path.join(cache, "bookworm-minbase.tgz")
chroot = os.path.join(tmp, "root")
mirror = "http://deb.debian.org/debian"
if not os.path.exists(tarball):
    subprocess.run(["debootstrap", "--variant=minbase", f"--make-tarball={tarball}.part", "bookworm",
                    os.path.join(tmp, "tarball-work"), mirror], check=True, capture_output=True)
    os.replace(tarball + ".part", tarball)
p = subprocess.run(["debootstrap", "--variant=minbase", f"--unpack-tarball={tarball}", "bookworm", chroot, mirror],
                   capture_output=True, text=True)
check("debootstrap makes a clean Debian 12 root", p.returncode == 0, p.stdout[-500:] + p.stderr[-500:])
shutil.copy(debs[0], os.path.join(chroot, "tmp"))
deb = "/tmp/" + os.path.basename(debs[0])

# Inside a private mount and PID namespace: /proc for the chroot, gone with it.
script = f"""set -e
mount -t proc proc {chroot}/proc
cp /etc/resolv.conf {chroot}/etc/resolv.conf
in_root() {{ chroot {chroot} env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }}
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {deb} man-db >/dev/null
echo "== check"; in_root arshjul-check --as-of 2027-02-05 --lang en /usr/share/doc/arshjul/examples || echo "exit $?"
echo "== xlsx"; in_root arshjul-xlsx --as-of 2027-02-05 -o /tmp/u.xlsx /usr/share/doc/arshjul/examples; echo "exit $?"
echo "== md"; in_root arshjul-md --as-of 2027-02-05 -q /usr/share/doc/arshjul/examples | head -1
echo "== svg"; in_root arshjul-calendar --as-of 2026-10-15 --format svg /usr/share/doc/arshjul/examples | head -c 60; echo
echo "== man"; in_root env MANWIDTH=80 man arshjul-check | head -5
echo "== man5"; in_root env MANWIDTH=80 man 5 arshjul | head -5
echo "== files"; in_root ls /usr/share/arshjul/schemas /usr/share/arshjul/templates /usr/share/bash-completion/completions
echo "== version"; in_root arshjul-check --version
"""
p = subprocess.run(["unshare", "--mount", "--pid", "--fork", "bash", "-c", script], capture_output=True, text=True,
                   timeout=1800)
out = p.stdout
check("apt-get installs the package and its dependencies", p.returncode == 0, p.stderr[-1500:])
section = lambda name: out.split(f"== {name}\n", 1)[-1].split("\n== ", 1)[0] if f"== {name}\n" in out else ""
check("the installed arshjul-check finds the examples' problems", "[ARS505]" in section("check") and "[ARS701]" in section("check") and
      "8 errors, 7 warnings" in section("check") and "exit 1" in section("check"), section("check")[-400:])
check("the installed arshjul-xlsx writes the workbook", "exit 0" in section("xlsx"), section("xlsx"))
check("the installed arshjul-md writes the summary", section("md").startswith("# Borås Stad"), section("md"))
check("the installed arshjul-calendar draws the wheel", "<svg" in section("svg"), section("svg"))
check("man arshjul-check", "ARSHJUL-CHECK(1)" in section("man") and "arshjul-check" in section("man"), section("man"))
check("man 5 arshjul", "ARSHJUL(5)" in section("man5"), section("man5"))
files = section("files")
check("schemas, template and completion installed", all(n in files for n in (
    "submission.schema.json", "organisation.schema.json", "summary.md.mustache", "arshjul-check", "arshjul-calendar")),
      files)
check("the installed version", "arshjul-check 0.2.0" in section("version"), section("version"))
shutil.rmtree(tmp, ignore_errors=True)
finish()
