package dev.prevent.cli;

import dev.prevent.adopt.PlanSchema;
import dev.prevent.check.DiagnosticFormat;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.model.DidYouMean;
import dev.prevent.output.OutputFormat;
import dev.prevent.output.Visible;
import dev.prevent.report.Paper;
import dev.prevent.report.ReportFormat;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Entry point: builds the command line and maps every failure to a message and an exit code
 * (0 success, 1 plan errors or a matched gate, 2 usage and path errors), with a stack trace only under --debug.
 */
public final class Main {

    private Main() {
    }

    /** The commands a run can name, made only when named; the same as PreventCommand.WithEveryCommand's (a test checks). */
    static final Map<String, Supplier<Object>> COMMANDS = Map.ofEntries(
            Map.entry("validate", ValidateCommand::new), Map.entry("list", ListCommand::new),
            Map.entry("overdue", OverdueCommand::new), Map.entry("leads", LeadsCommand::new),
            Map.entry("report", ReportCommand::new), Map.entry("changes", ChangesCommand::new),
            Map.entry("update", UpdateCommand::new), Map.entry("add", AddCommand::new),
            Map.entry("add-objective", AddObjectiveCommand::new),
            Map.entry("rollover", RolloverCommand::new), Map.entry("coverage", CoverageCommand::new),
            Map.entry("init", InitCommand::new), Map.entry("import", ImportCommand::new),
            Map.entry("schema", SchemaCommand::new), Map.entry("complete", CompleteCommand::new),
            Map.entry("request", RequestCommand::new), Map.entry("returns", ReturnsCommand::new),
            Map.entry("remind", RemindCommand::new), Map.entry("agency", AgencyCommand::new),
            Map.entry("serve", ServeCommand::new),
            Map.entry("assurance", AssuranceCommand::new));

    public static void main(String[] args) {
        StartupArchive.forgetIfRefused();
        StandardOutput out = new StandardOutput();
        CommandLine cli = commandLine(System.getenv(), args, out);
        cli.setOut(new PrintWriter(ConsoleText.of(out, StandardOutput.charset()), true));
        cli.setErr(new PrintWriter(ConsoleText.of(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                StandardOutput.charset("sun.stderr.encoding")), true));
        System.exit(cli.execute(args));
    }

    /** The command line with every command and its handlers, reading defaults such as PREVENT_PLAN from {@code env}. */
    public static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, new String[0], System.out);
    }

    /**
     * The command line for {@code args}: when they name a command, only that command is built, which
     * saves most of picocli's start-up; otherwise (help, a mistake) every command, so that help lists
     * them all and a mistyped name gets a suggestion.
     */
    static CommandLine commandLine(Map<String, String> env, String[] args, OutputStream out) {
        String named = commandNamed(args);
        if (named == null || helpAsked(args)) {
            // Only help prints the examples, and dating them costs java.time's formatting classes on every run.
            HelpExamples.set(Today.date());
        }
        // --version alone needs no command at all: building all of them (picocli reads every annotation) is most of its time.
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        PreventCommand prevent = named == null && !versionOnly ? new PreventCommand.WithEveryCommand(env, out) : new PreventCommand(env, out);
        CommandLine cli = new CommandLine(prevent);
        if (named != null) {
            cli.addSubcommand(named, COMMANDS.get(named).get());
        }
        cli.registerConverter(DiagnosticFormat.class, new ChoiceConverter<>(DiagnosticFormat.class));
        cli.registerConverter(PlanSchema.class, new ChoiceConverter<>(PlanSchema.class));
        cli.registerConverter(OutputFormat.class, new ChoiceConverter<>(OutputFormat.class));
        cli.registerConverter(ReportFormat.class, new ChoiceConverter<>(ReportFormat.class));
        cli.registerConverter(Paper.class, new ChoiceConverter<>(Paper.class));
        cli.registerConverter(AssuranceCommand.Gate.class, new ChoiceConverter<>(AssuranceCommand.Gate.class));
        cli.registerConverter(dev.prevent.returns.FormFormat.class, new ChoiceConverter<>(dev.prevent.returns.FormFormat.class));
        cli.registerConverter(java.time.LocalDate.class, new TypedWords.Day(cli));
        cli.registerConverter(TypedWords.Timescale.class, new TypedWords.TimescaleConverter(cli));
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine, prevent.debug()));
        cli.setExecutionStrategy(parseResult -> outputWritten(cli, prevent, withinMemory(cli, parseResult)));
        return cli;
    }

    /** The command the arguments name, skipping global options and --plan's value; null when none is named. */
    private static String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-p") || arg.equals("--plan")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return COMMANDS.containsKey(arg) ? arg : null;
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return null;
            }
        }
        return null;
    }

    private static boolean helpAsked(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("prevent: " + Visible.text(e.getMessage()));
        Optional<String> command = mistypedCommand(e);
        if (command.isPresent()) {
            err.println("Did you mean: " + cli.getCommandSpec().qualifiedName() + " " + command.get() + "?");
        } else {
            UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println("See '" + cli.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCode.USAGE.code();
    }

    /** A command name one or two keystrokes from what was typed ("lsit" is "list"), by our own measure. */
    private static Optional<String> mistypedCommand(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        String typed = unmatched.getUnmatched().get(0);
        return typed.startsWith("-") ? Optional.empty()
                : DidYouMean.closest(typed, e.getCommandLine().getSubcommands().keySet());
    }

    /**
     * The exit code, unless standard output could not be written (a full disk, a closed pipe): a run whose
     * answer was lost must not exit 0. PrintWriter swallows the error; checkError is where it is kept.
     */
    private static int outputWritten(CommandLine cli, PreventCommand prevent, int exit) {
        // Checking the writer flushes it into the stream, which knows why a write failed.
        boolean failed = cli.getOut().checkError();
        if (prevent.readerStopped()) {
            return exit;
        }
        if (failed || prevent.outputLost()) {
            cli.getErr().println("prevent: cannot write to standard output (is the disk full, or did the reader stop reading?)");
            cli.getErr().flush();
            return ExitCode.USAGE.code();
        }
        return exit;
    }

    /** Runs the command; a plan too large for the memory given ends in advice, never a raw JVM error. */
    private static int withinMemory(CommandLine cli, CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            cli.getErr().println("prevent: the plan is too large for the memory Java was given; give it more, e.g. "
                    + "PREVENT_JAVA_OPTS=-Xmx4g (about 3 KB an action is needed, and more for a report)");
            cli.getErr().flush();
            return ExitCode.PLAN_ERRORS.code();
        }
    }

    private static int failure(Exception e, CommandLine cli, boolean debug) {
        PrintWriter err = cli.getErr();
        if (debug) {
            e.printStackTrace(err);
        }
        if (e instanceof UserError user) {
            err.println("prevent: " + Visible.text(user.getMessage()));
            err.flush();
            return user.exitCode().code();
        }
        err.println("prevent: internal error: " + Visible.text(String.valueOf(e)) + (debug ? "" : " (run again with --debug for details)"));
        err.println("This is a fault in prevent, not in your plan; please report it.");
        err.flush();
        return ExitCode.INTERNAL.code();
    }
}
