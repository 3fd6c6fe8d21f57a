"""The field window: cases, record forms, evidence, export."""
