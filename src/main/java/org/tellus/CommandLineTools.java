package org.tellus;

/**
 * The command-line tools packaged in the application jar, run without the web server (evaluate starts no Spring at
 * all). The benchmarks are not among them: they live in src/bench, outside the product (docs/benchmarks.md).
 */
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
