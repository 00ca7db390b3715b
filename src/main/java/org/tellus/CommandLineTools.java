package org.tellus;

/** The command-line tools packaged in the application jar, run without the web server (evaluate starts no Spring at all). */
final class CommandLineTools {

    private CommandLineTools() {
    }

    static boolean isTool(String name) {
        return "evaluate".equals(name) || "insight-benchmark".equals(name);
    }

    static int run(String name, String[] args) {
        return switch (name) {
            case "evaluate" -> org.tellus.tagging.evaluation.EvaluateCommand.run(args, System.out, System.err);
            case "insight-benchmark" -> org.tellus.insight.load.InsightBenchmarkCommand.run(TellusApplication.class, args, System.out, System.err);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
