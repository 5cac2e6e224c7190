package gopatterns.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the runner and pool commands share: where they run, the options of both, and their picocli model. */
abstract class DemoCommand implements Callable<Integer> {

    /** For errors that name an option and show this command's usage. */
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    final CliEnvironment env;

    DemoCommand(CliEnvironment env) {
        this.env = env;
    }
}
