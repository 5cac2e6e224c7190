package gopatterns.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks that picocli's types cannot express; each failure names its option. */
final class Checks {

    private Checks() {
    }

    static ParameterException invalid(CommandSpec spec, String option, String problem) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + problem);
    }

    static ParameterException missing(CommandSpec spec, String option, String why) {
        return new ParameterException(spec.commandLine(), "Missing option '" + option + "': " + why);
    }

    static void between(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw invalid(spec, option, "must be between " + min + " and " + max + ", was " + value);
        }
    }

    static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw invalid(spec, option, "must be at least " + min + ", was " + value);
        }
    }

    static void between(CommandSpec spec, String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw invalid(spec, option, "must be between " + plain(min) + " and " + plain(max)
                    + ", was " + plain(value));
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
