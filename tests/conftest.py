import os

# Installed third-party plugins must not change what the tests see.
os.environ["CLEANPRESS_PLUGINS"] = ""
