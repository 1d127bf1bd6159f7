package dev.prevent.cli;

import dev.prevent.adopt.PlanSchema;
import dev.prevent.exit.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prevent schema}: the JSON Schema editors use to check plan files as they are typed. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Print the JSON Schema of a plan file, for editors.",
        description = "Print the JSON Schema (draft 2020-12) of plan.yaml or of an objective file, for editors.",
        footer = {"", "Examples:", "  prevent schema objective > objective.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "KIND", arity = "0..1", defaultValue = "plan",
            description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private PlanSchema kind;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(kind.text());
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
