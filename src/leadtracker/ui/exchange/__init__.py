"""Files in and out: imports, exports, the pipeline report, briefings and PDF documents."""
