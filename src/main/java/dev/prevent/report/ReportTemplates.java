package dev.prevent.report;

import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.model.Plan;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The report templates: those in a council's own folder first, then the built-in copies. Freemarker is
 * set up as a sandbox: HTML templates escape everything, {@code ?new} and {@code ?api} are unavailable,
 * the data is plain values that expose no Java methods, and any error stops the report with
 * {@code TEMPLATE:LINE:COL: message} (exit 2).
 */
public final class ReportTemplates {

    static {
        // Freemarker logs through whatever logging library it finds; its errors reach the user through prevent.
        if (System.getProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY) == null) {
            System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_NONE);
        }
    }

    /** The most a template may write: a 100,000-action national plan's HTML is about 150 million characters. */
    static final long MAX_OUTPUT = 1L << 30;
    /** The longest a template may run: the same national plan renders in well under a minute. */
    static final Duration MAX_TIME = Duration.ofMinutes(5);
    /** The stack of the template's thread: ample for any real template; endless recursion ends in a clear error. */
    static final long STACK = 16L << 20;

    private final Configuration configuration;
    private final Path folder;
    private final long maxOutput;
    private final Duration maxTime;

    private ReportTemplates(Path folder, long maxOutput, Duration maxTime) throws IOException {
        this.folder = folder;
        this.maxOutput = maxOutput;
        this.maxTime = maxTime;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(ReportTemplates.class, "/dev/prevent/templates");
        configuration.setTemplateLoader(folder == null ? builtIn
                : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(folder.toFile()), builtIn}));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.UK);
        configuration.setLocalizedLookup(false);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(new ViewWrapper());
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
        html.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        markdown.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setTemplateConfigurations(new freemarker.cache.FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.html.ftl"), html),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown)));
    }

    /**
     * How the paper's templates see their data (records as hashes of their components, plan text with its control
     * characters shown), for other templates of the tool that show the same views (the web workspace's pages).
     */
    public static freemarker.template.ObjectWrapper viewWrapper() {
        return new ViewWrapper();
    }

    /**
     * The templates a paper uses: those in {@code folder} when one is named ({@code --templates DIR}), else those in
     * the folder plan.yaml's {@code templates:} names, which must be inside the plan's repository (a plan is often
     * checked in CI on pull requests: a folder elsewhere on the machine is not the plan's to name), else the built-in
     * ones. Never a folder merely found where the command runs.
     *
     * @throws UserError (exit 2) when a named folder is not there, or plan.yaml's lies outside the plan's repository
     */
    public static ReportTemplates chosen(Path folder, Plan plan, Path planDir) {
        if (folder != null) {
            return in(folder);
        }
        if (plan.templates() == null) {
            return in(null);
        }
        Path named = planDir.resolve(plan.templates()).normalize();
        if (!Files.isDirectory(named)) {
            throw new UserError("plan.yaml's templates: '" + plan.templates() + "' is no folder (looked for " + named + ")");
        }
        try {
            Path top = dev.prevent.load.PlanFolder.repositoryOf(planDir.toRealPath());
            if (!named.toRealPath().startsWith(top)) {
                throw new UserError("plan.yaml's templates: '" + plan.templates() + "' is outside the plan's repository (" + top
                        + "); keep the templates beside the plan, or name them with report --templates DIR");
            }
            return in(named);
        } catch (IOException e) {
            throw new UserError("cannot read the templates folder '" + named + "': " + e.getMessage());
        }
    }

    /** The folder of the council's templates in use, or empty for the built-in ones: the paper says which. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * The templates in {@code folder} (any it lacks come from the built-in copies), or only the built-in
     * ones when {@code folder} is null.
     *
     * @throws UserError (exit 2) when the folder is not there
     */
    public static ReportTemplates in(Path folder) {
        return in(folder, MAX_OUTPUT, MAX_TIME);
    }

    /** The same, with other limits (tests reach them without writing a gigabyte). */
    static ReportTemplates in(Path folder, long maxOutput, Duration maxTime) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserError("no templates folder at '" + folder + "'");
        }
        try {
            return new ReportTemplates(folder, maxOutput, maxTime);
        } catch (IOException e) {
            throw new UserError("cannot read the templates folder '" + folder + "': " + e.getMessage());
        }
    }

    /**
     * Renders a template with the model into a string.
     *
     * @throws UserError (exit 2) as {@code TEMPLATE:LINE:COL: message} when the template is wrong
     */
    public String render(String name, Object model) {
        StringWriter out = new StringWriter();
        render(name, model, out);
        return out.toString();
    }

    /**
     * Renders a template with the model to {@code out}; on an error, what was written is incomplete and
     * must be thrown away (output files are written to a temporary file first). A template runs within
     * limits that no real paper comes near ({@link #MAX_OUTPUT} characters, {@link #MAX_TIME}, the
     * recursion a {@link #STACK} of stack allows), so a council's own template cannot hang or flood a run.
     *
     * @throws UserError (exit 2) as {@code TEMPLATE:LINE:COL: message} when the template is wrong or past a limit
     */
    public void render(String name, Object model, Writer out) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            process(name, model, new LimitedWriter(out, maxOutput));
            return null;
        });
        Thread worker = new Thread(null, task, "template " + name, STACK);
        // A template past its time is abandoned: the run ends with an error, and a daemon does not keep it alive.
        worker.setDaemon(true);
        worker.start();
        try {
            task.get(maxTime.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new UserError(where(name, null, null) + ": the template ran for more than " + maxTime.toSeconds()
                    + " seconds and was stopped (an endless or very long <#list>?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("the report was interrupted");
        } catch (ExecutionException e) {
            throw failure(name, e.getCause());
        }
    }

    private void process(String name, Object model, Writer out) throws IOException {
        try {
            Template template = configuration.getTemplate(name);
            template.process(model, out);
            out.flush();
        } catch (TemplateNotFoundException e) {
            throw new UserError("no template " + name + (folder == null ? "" : " in '" + folder + "'"));
        } catch (ParseException e) {
            throw new UserError(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()) + ": "
                    + e.getEditorMessage(), ExitCode.USAGE, e);
        } catch (TemplateException e) {
            if (e.getCause() instanceof TooMuchOutput) {
                throw (TooMuchOutput) e.getCause();
            }
            throw new UserError(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()) + ": "
                    + firstLine(e.getMessageWithoutStackTop()), ExitCode.USAGE, e);
        } catch (SecurityException e) {
            // FileTemplateLoader refuses a file that resolves outside the folder (a symbolic link out of it).
            throw new UserError(where(name, null, null) + ": a template in '" + folder + "' leads outside the folder "
                    + "(a symbolic link?); copy the file into the folder instead", ExitCode.USAGE, e);
        }
    }

    /** A failure of the template's thread as the user should hear of it: never a raw Java error. */
    private UserError failure(String name, Throwable cause) {
        if (cause instanceof UserError user) {
            return user;
        }
        if (cause instanceof TooMuchOutput) {
            return new UserError(where(name, null, null) + ": the template wrote more than " + (maxOutput >> 20)
                    + " million characters and was stopped (an endless or very long <#list>?)");
        }
        if (cause instanceof StackOverflowError) {
            return new UserError(where(name, null, null) + ": the template calls itself without end (a macro, function "
                    + "or <#include> that reaches itself again?)");
        }
        if (cause instanceof OutOfMemoryError) {
            return new UserError(where(name, null, null) + ": the template made more than fits in memory (a string "
                    + "doubled in a loop?)");
        }
        if (cause instanceof IOException e) {
            return new UserError("cannot write the report: " + e.getMessage(), ExitCode.USAGE, e);
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        throw new IllegalStateException(cause);
    }

    /** Too much text from a template: past {@link #MAX_OUTPUT}. */
    private static final class TooMuchOutput extends IOException {
        TooMuchOutput() {
            super("too much output");
        }
    }

    /** Passes text on, counting it, and stops a template past its output limit. */
    private static final class LimitedWriter extends FilterWriter {
        private final long limit;
        private long written;

        LimitedWriter(Writer out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int c) throws IOException {
            count(1);
            super.write(c);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            count(length);
            super.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            count(length);
            super.write(text, offset, length);
        }

        private void count(int more) throws TooMuchOutput {
            written += more;
            if (written > limit) {
                throw new TooMuchOutput();
            }
        }
    }

    /** Where a template is, as the user knows it: a file of their folder, or the built-in copy. */
    private String where(String name, Integer line, Integer column) {
        String file = name == null ? "template" : folder != null && Files.isRegularFile(folder.resolve(name))
                ? folder.resolve(name).toString() : "(built-in) " + name;
        return file + ":" + (line == null ? 0 : line) + ":" + (column == null ? 0 : column);
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int end = trimmed.indexOf("\n\n");
        return (end < 0 ? trimmed : trimmed.substring(0, end)).replaceAll("\\s*\\R\\s*", " ");
    }
}
