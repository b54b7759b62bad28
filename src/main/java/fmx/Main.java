package fmx;

import fmx.cli.Cli;

/**
 * Entry point: with no arguments opens the window, with a subcommand runs headless. The headless path never
 * touches a JavaFX class (the window is launched from a separate class that is only loaded when needed), so
 * it works without a display and without starting the toolkit.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            Window.open(args);
            return;
        }
        // Decoding photos with ImageIO must never look for a display.
        System.setProperty("java.awt.headless", "true");
        int status = Cli.standard().run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Holds the only reference to the JavaFX application, so the headless path never loads it. */
    private static final class Window {
        static void open(String[] args) {
            fmx.ui.app.ExplorerApp.launchWindow(args);
        }
    }
}
