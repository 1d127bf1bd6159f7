package dev.prevent.cli;

import dev.prevent.check.DiagnosticFormat;
import dev.prevent.check.PlanSchema;
import dev.prevent.model.UserError;
import dev.prevent.output.OutputFormat;
import dev.prevent.report.ReportFormat;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point: builds the command line and maps every failure to a message and an exit code
 * (0 success, 1 plan errors or a matched gate, 2 usage and path errors), with a stack trace only under --debug.
 */
public final class Main {

    /** Exit code for a fault in the tool itself, never for bad input. */
    static final int INTERNAL_ERROR = 70;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv()).execute(args));
    }

    /** The command line with its handlers, reading defaults such as PREVENT_PLAN from {@code env}. */
    public static CommandLine commandLine(Map<String, String> env) {
        PreventCommand prevent = new PreventCommand(env);
        CommandLine cli = new CommandLine(prevent);
        cli.registerConverter(DiagnosticFormat.class, new ChoiceConverter<>(DiagnosticFormat.class));
        cli.registerConverter(PlanSchema.class, new ChoiceConverter<>(PlanSchema.class));
        cli.registerConverter(OutputFormat.class, new ChoiceConverter<>(OutputFormat.class));
        cli.registerConverter(ReportFormat.class, new ChoiceConverter<>(ReportFormat.class));
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine, prevent.debug()));
        return cli;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("prevent: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + cli.getCommandSpec().qualifiedName() + " --help'.");
        return UserError.USAGE;
    }

    private static int failure(Exception e, CommandLine cli, boolean debug) {
        PrintWriter err = cli.getErr();
        if (debug) {
            e.printStackTrace(err);
        }
        if (e instanceof UserError user) {
            err.println("prevent: " + user.getMessage());
            err.flush();
            return user.exitCode();
        }
        err.println("prevent: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
        err.println("This is a fault in prevent, not in your plan; please report it.");
        err.flush();
        return INTERNAL_ERROR;
    }
}
