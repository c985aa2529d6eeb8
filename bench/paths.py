"""Where the shared data is, for every bench script (one rule, not one per script): TROLY_SHARED when set,
else ../shared beside the repository (the main checkout) or ../../shared (a worktree under /work/wt/)."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((Path(d) for d in (os.environ.get("TROLY_SHARED", ""), ROOT.parent / "shared",
                                 ROOT.parent.parent / "shared") if d and Path(d).is_dir()), ROOT.parent / "shared")
