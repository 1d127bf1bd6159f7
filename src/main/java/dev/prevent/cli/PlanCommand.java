package dev.prevent.cli;

import dev.prevent.model.Plan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command that reads a plan has: the global options, its own picocli spec, and {@code --plan}. */
abstract class PlanCommand {

    @ParentCommand
    PreventCommand prevent;

    @Spec
    CommandSpec spec;

    @Mixin
    PlanOption plan;

    /** The plan, read and checked; a plan with errors stops the command with exit 1. */
    Plan validPlan(LocalDate day) {
        return prevent.validPlan(plan, day);
    }

    /** The plan folder this run is about. */
    Path planDir() {
        return prevent.planDir(plan);
    }

    /** Where the command's answer goes. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
