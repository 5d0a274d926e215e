"""The member register page: table, search and filters, the member dialog,
the leaving dialog and the undoable commands behind them."""
