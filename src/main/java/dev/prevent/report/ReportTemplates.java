package dev.prevent.report;

import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
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
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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

    private final Configuration configuration;
    private final Path folder;

    private ReportTemplates(Path folder) throws IOException {
        this.folder = folder;
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

    /** The folder of templates the council keeps beside its plan, used when no folder is named. */
    public static final Path USUAL_FOLDER = Path.of("templates");

    /**
     * The templates a report uses: those in {@code folder} when one is named, else those in
     * {@link #USUAL_FOLDER} when the working folder has one, else the built-in ones.
     *
     * @throws UserError (exit 2) when a named folder is not there
     */
    public static ReportTemplates chosen(Path folder) {
        return in(folder != null ? folder : Files.isDirectory(USUAL_FOLDER) ? USUAL_FOLDER : null);
    }

    /**
     * The templates in {@code folder} (any it lacks come from the built-in copies), or only the built-in
     * ones when {@code folder} is null.
     *
     * @throws UserError (exit 2) when the folder is not there
     */
    public static ReportTemplates in(Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserError("no templates folder at '" + folder + "'");
        }
        try {
            return new ReportTemplates(folder);
        } catch (IOException e) {
            throw new UserError("cannot read the templates folder '" + folder + "': " + e.getMessage());
        }
    }

    /**
     * Renders a template with the model into a string.
     *
     * @throws UserError (exit 2) as {@code TEMPLATE:LINE:COL: message} when the template is wrong
     */
    public String render(String name, ReportView.Report model) {
        StringWriter out = new StringWriter();
        render(name, model, out);
        return out.toString();
    }

    /**
     * Renders a template with the model to {@code out}; on an error, what was written is incomplete and
     * must be thrown away (output files are written to a temporary file first).
     *
     * @throws UserError (exit 2) as {@code TEMPLATE:LINE:COL: message} when the template is wrong
     */
    public void render(String name, ReportView.Report model, Writer out) {
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
            throw new UserError(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()) + ": "
                    + firstLine(e.getMessageWithoutStackTop()), ExitCode.USAGE, e);
        } catch (IOException e) {
            throw new UserError("cannot read template " + name + ": " + e.getMessage(), ExitCode.USAGE, e);
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
