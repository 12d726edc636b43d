"""LeadTracker tests."""
