package dev.prevent.report;

import dev.prevent.output.Visible;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one object wrapper of the report's sandbox: strings, numbers, booleans, lists and maps as
 * Freemarker's plain values, and a record of {@link ReportView} or {@link AssuranceView} as a hash of its components. Nothing else
 * is reachable: no method of any object, no class, no constructor.
 */
final class ViewWrapper extends SimpleObjectWrapper {

    /** Each record type's components, by name, in declaration order; looked up once per type. */
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return accessors;
        }
    };

    /** Whether a type is a record of the views: asked of every value a template reads, so answered once per type. */
    private static final ClassValue<Boolean> VIEW_RECORD = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord() && (type.getEnclosingClass() == ReportView.class || type.getEnclosingClass() == AssuranceView.class
                    // The web workspace's pages: its own views, beside the paper's (serve depends on report, not the reverse).
                    || type.getEnclosingClass() != null && type.getEnclosingClass().getName().equals("dev.prevent.serve.WorkspaceView"));
        }
    };

    ViewWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    /**
     * Plan text reaches the paper with its control characters shown, never raw (a NUL, an escape, a bidi override);
     * the paper size as CSS names it ({@code @page { size: ${paper} }}).
     */
    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        return super.wrap(object instanceof String text ? Visible.text(text) : object instanceof Paper paper ? paper.css() : object);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Record record && VIEW_RECORD.get(record.getClass())) {
            return new RecordHash(record);
        }
        return super.handleUnknownType(object);
    }

    /** The names of a record type's components: what a template can ask of it. */
    static Set<String> names(Class<? extends Record> type) {
        return COMPONENTS.get(type).keySet();
    }

    private final class RecordHash implements TemplateHashModel {
        private final Record record;

        RecordHash(Record record) {
            this.record = record;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = COMPONENTS.get(record.getClass()).get(key);
            if (accessor == null) {
                return null;
            }
            try {
                return wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read '" + key + "'", e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
