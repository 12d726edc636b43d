"""The command line's exit codes."""

EXIT_OK = 0
EXIT_ERROR = 1  # 2 is argparse's: wrong usage
EXIT_NOT_FOUND = 3
EXIT_CHECK_FAILED = 4
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells report a command ended by SIGINT
