package fmx;

import fmx.ui.app.ExplorerApp;

/** Entry point: with no arguments opens the window, with a subcommand runs headless. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        ExplorerApp.launchWindow(args);
    }
}
