"""*My day*: the tasks, new inquiries and latest work of the person at the desk."""
