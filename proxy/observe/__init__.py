"""The record stage: audit rows, Prometheus metrics, store-backed gauges and notifications."""
