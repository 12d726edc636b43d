"""What the desk reports: the dashboard, the pipeline summary's KPIs, dossiers, referrals."""
