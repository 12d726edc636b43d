"""Building blocks of the record editors: inputs, forms with inline messages, the dialog."""
