"""Where scr-qa keeps its index when nobody says: ``$SCR_QA_INDEX``, else the user data directory.

Owns the default index folder and the environment variable that overrides it. Both the command line
(``qa.cli``) and the web UI (``ui.app``) read it from here, so the UI never reaches back into the CLI.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_INDEX = "SCR_QA_INDEX"


def default_index_dir() -> str:
    """``$SCR_QA_INDEX``, else ``<user data dir>/scr-qa/index``."""
    if os.environ.get(ENV_INDEX):
        return os.environ[ENV_INDEX]
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("scr-qa", appauthor=False)) / "index")
