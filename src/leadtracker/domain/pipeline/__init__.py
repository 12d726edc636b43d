"""The pipeline's rules: stages and moves, outcomes, periods, KPIs and the city's benchmarks."""
