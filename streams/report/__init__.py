"""`streams report`: the events of a replay as an HTML page of charts and tables, plus the tables as CSV."""
