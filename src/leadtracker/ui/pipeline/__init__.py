"""The pipeline board: stage columns, cards, dragging, filters, stage-move questions and undo."""
