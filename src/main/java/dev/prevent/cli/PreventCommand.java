package dev.prevent.cli;

import dev.prevent.check.Validation;
import dev.prevent.output.Visible;
import dev.prevent.edit.Changeset;
import dev.prevent.history.DatedPlan;
import dev.prevent.exit.UserError;
import dev.prevent.load.PlanFolder;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code prevent}: the global options, accepted before or after the command. */
@Command(name = "prevent",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Keep a Prevent delivery plan as YAML files in git: check it, ask it what is overdue "
                + "and who leads what, and render the working group's paper.",
        footer = {"", "Examples:", "  prevent validate", "  prevent overdue --lead COLP", "  prevent --plan other-plan validate --strict"})
class PreventCommand implements Runnable {

    @Option(names = {"-p", "--plan"}, paramLabel = "DIR",
            description = "The plan folder (default: $PREVENT_PLAN, else plans/ or plan.yaml here or in a parent folder); also taken after the command.")
    private Path plan;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never colour the output.")
    private boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show a stack trace when something fails.")
    private boolean debug;

    private final Map<String, String> env;

    /**
     * {@code prevent} with every command declared, for help, errors and tools that build the command line
     * from a class (the man page generator). A run that names its command builds only that one (see Main):
     * picocli's reflection over every command is most of a short run's start-up.
     */
    @Command(name = "prevent", subcommands = {ValidateCommand.class, ListCommand.class, OverdueCommand.class,
            LeadsCommand.class, CoverageCommand.class, ReportCommand.class, ChangesCommand.class, UpdateCommand.class, AddCommand.class,
            AddObjectiveCommand.class,
            RolloverCommand.class, InitCommand.class, ImportCommand.class, RequestCommand.class, ReturnsCommand.class, RemindCommand.class, AgencyCommand.class, ServeCommand.class,
            AssuranceCommand.class,
            CompletionCommand.class, CompleteCommand.class, SchemaCommand.class, HelpCommand.class})
    static final class WithEveryCommand extends PreventCommand {
        WithEveryCommand() {
            this(System.getenv());
        }

        WithEveryCommand(Map<String, String> env) {
            super(env);
        }

        WithEveryCommand(Map<String, String> env, OutputStream bytesOut) {
            super(env, bytesOut);
        }
    }

    PreventCommand(Map<String, String> env) {
        this(env, System.out);
    }

    PreventCommand(Map<String, String> env, OutputStream bytesOut) {
        this.env = env;
        this.bytesOut = bytesOut;
    }

    /** Where bytes that are not text (a PDF to standard output) go: the same stream as the command's text. */
    private final OutputStream bytesOut;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command, e.g. 'prevent validate'");
    }

    /**
     * The plan, read and checked, each status field dated by git as far back as {@code asOf} (the one rule of a status
     * on a day, docs/plan-format.md); a plan with errors stops the command with exit 1.
     */
    Plan validPlan(PlanOption option, LocalDate asOf) {
        return validation(option, asOf).validPlan();
    }

    /** The plan read and checked, with every diagnostic, dated as {@link #validPlan} dates it. */
    Validation validation(PlanOption option, LocalDate asOf) {
        finishInterrupted(planDir(option));
        Validation validation = Validation.of(planDir(option), asOf);
        if (validation.errors() > 0) {
            return validation;
        }
        return new Validation(validation.planDir(), dated(option, validation.plan(), asOf), validation.diagnostics(), validation.files());
    }

    /** A change a killed run left half done in the plan folder is finished (or undone) first, and the user told which. */
    void finishInterrupted(Path planDir) {
        Changeset.finishInterrupted(planDir).ifPresent(said -> {
            spec.commandLine().getErr().println("prevent: " + Visible.text(said));
            spec.commandLine().getErr().flush();
        });
    }

    /** {@code plan} with each status field dated by git back to {@code earliest}: for a command that reads earlier days too. */
    Plan dated(PlanOption option, Plan plan, LocalDate earliest) {
        return DatedPlan.of(planDir(option), plan, earliest, Today.date());
    }

    /** The plan folder: --plan after the command, else before it, else $PREVENT_PLAN, else found as git finds a repository. */
    Path planDir(PlanOption option) {
        if (option != null && option.dir != null) {
            return option.dir;
        }
        if (plan != null) {
            return plan;
        }
        String fromEnv = env.get("PREVENT_PLAN");
        return fromEnv == null || fromEnv.isBlank() ? PlanFolder.find(Path.of("")) : Path.of(fromEnv);
    }

    /** Colour only on a terminal, never when asked not to (--no-color, NO_COLOR). */
    boolean colour() {
        return !noColor && env.get("NO_COLOR") == null && System.console() != null;
    }

    /** Writes bytes to standard output, after any text the command printed. */
    void writeBytes(byte[] bytes) {
        spec.commandLine().getOut().flush();
        try {
            bytesOut.write(bytes);
            bytesOut.flush();
        } catch (IOException e) {
            if (readerStopped()) {
                return;
            }
            throw new UserError("cannot write to standard output: " + e.getMessage());
        }
        if (outputLost()) {
            throw new UserError("cannot write to standard output (is the disk full, or did the reader stop reading?)");
        }
    }

    /** Whether writing to standard output failed, other than by the reader stopping. */
    boolean outputLost() {
        return bytesOut instanceof StandardOutput stdout ? stdout.lost()
                : bytesOut instanceof PrintStream stream && stream.checkError();
    }

    /** Whether the reader of standard output stopped reading: not an error (prevent list | head). */
    boolean readerStopped() {
        return bytesOut instanceof StandardOutput stdout && stdout.readerStopped();
    }

    boolean debug() {
        return debug;
    }
}
