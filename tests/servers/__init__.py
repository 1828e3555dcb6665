"""Real servers the auth tests start on 127.0.0.1 and stop again: nothing leaves the machine."""
