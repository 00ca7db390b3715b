package org.tellus;

/** The command-line tools packaged in the application jar, run without starting Spring. */
final class CommandLineTools {

    private CommandLineTools() {
    }

    static boolean isTool(String name) {
        return "evaluate".equals(name);
    }

    static int run(String name, String[] args) {
        return switch (name) {
            case "evaluate" -> org.tellus.tagging.evaluation.EvaluateCommand.run(args, System.out, System.err);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
