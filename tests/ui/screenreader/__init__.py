"""The window as a screen reader hears it: a private X display, D-Bus session and AT-SPI bus."""
