package org.tellus;

/** The command-line tools packaged in the application jar, run without starting Spring. */
final class CommandLineTools {

    private CommandLineTools() {
    }

    static boolean isTool(String name) {
        return false;
    }

    static int run(String name, String[] args) {
        throw new IllegalArgumentException(name);
    }
}
