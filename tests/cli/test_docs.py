"""docs/configuration.md is generated from the configuration table and must be current."""
import os
import subprocess
import sys

PARLEYD = os.environ.get("PARLEYD", "build/parleyd")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ref = subprocess.run([PARLEYD, "check-config", "--reference"], capture_output=True, text=True,
                     check=True).stdout
doc = open(os.path.join(ROOT, "docs", "configuration.md")).read()
if ref not in doc:
    print("FAIL: docs/configuration.md is stale; regenerate with "
          "`parleyd check-config --reference`")
    sys.exit(1)
print("ok: docs/configuration.md matches the configuration table")
