"""An example app partner: connect Katana accounts, one grant per tenant (see app.py)."""
