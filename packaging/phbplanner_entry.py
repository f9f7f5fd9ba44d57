"""The bundle's entry script: PyInstaller runs it as a plain script, so it imports the package
absolutely (``phbplanner/__main__.py`` uses relative imports, which only work inside it)."""

import sys

from phbplanner.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
