package dev.prevent.serve;

import dev.prevent.report.ReportTemplates;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The workspace's pages, from Freemarker templates in the jar ({@code dev/prevent/serve/*.ftlh}), HTML-escaped by
 * default, seeing their data as the paper's templates see theirs.
 */
final class Pages {

    private final Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);

    Pages() {
        configuration.setTemplateLoader(new ClassTemplateLoader(Pages.class, "/dev/prevent/serve"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setLocale(Locale.UK);
        configuration.setLocalizedLookup(false);
        configuration.setNumberFormat("computer");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(ReportTemplates.viewWrapper());
    }

    /** The page {@code name} ({@code home} is {@code home.ftlh}) with {@code data}. */
    String render(String name, Map<String, ?> data) {
        StringWriter out = new StringWriter();
        try {
            configuration.getTemplate(name + ".ftlh").process(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the page " + name + " could not be made: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
