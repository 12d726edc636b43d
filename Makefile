# Shortcuts for machines that have make; each one runs packaging/bootstrap.py,
# which needs nothing but python3 (a fresh Debian has no make: the README's
# Quick start uses python3 directly).

PYTHON ?= python3
BOOTSTRAP = $(PYTHON) packaging/bootstrap.py

.PHONY: run test package translations screenshots

run:          ## set everything up and start the app
	$(BOOTSTRAP) run

test:         ## set everything up and run every check and test
	$(BOOTSTRAP) test

package:      ## the app without Python: dist/LeadTracker/ and its .tar.gz, smoke-tested
	$(BOOTSTRAP) package

translations: ## refresh the .ts files from the sources
	$(BOOTSTRAP) translations

screenshots:  ## every main view as PNG, offscreen
	$(BOOTSTRAP) screenshots
