package dev.prevent.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --plan DIR} on a command that reads a plan; {@code prevent --plan DIR COMMAND} works the same. */
final class PlanOption {

    @Option(names = {"-p", "--plan"}, paramLabel = "DIR", description = "The plan folder (default: $PREVENT_PLAN, else plans/ or plan.yaml here or in a parent folder).")
    Path dir;
}
