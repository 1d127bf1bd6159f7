package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md is the template authors' contract: every part of the model it documents exists
 * with exactly the names it lists, and every part of the model is documented.
 */
class TemplateContractTest {

    private static final Pattern SECTION = Pattern.compile("^### `(\\w+)`$");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|");

    @Test
    void everyPartOfTheModelIsDocumentedWithExactlyItsNames() throws IOException {
        theViewIsDocumented(ReportView.class, "## The data");
    }

    @Test
    void everyPartOfTheSelfAssessmentsModelIsDocumentedWithExactlyItsNames() throws IOException {
        theViewIsDocumented(AssuranceView.class, "## The self-assessment paper's data");
    }

    @Test
    void theSelfAssessmentsModelIsOnlyRecords() {
        assertThat(Arrays.stream(AssuranceView.class.getDeclaredClasses()).filter(c -> !c.isRecord()).map(Class::getName)
                .collect(Collectors.toList())).isEmpty();
    }

    private static void theViewIsDocumented(Class<?> view, String heading) throws IOException {
        Map<String, Set<String>> documented = documented(heading);
        Map<String, Set<String>> model = new LinkedHashMap<>();
        for (Class<?> type : view.getDeclaredClasses()) {
            @SuppressWarnings("unchecked")
            Class<? extends Record> record = (Class<? extends Record>) type;
            model.put(Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1),
                    new LinkedHashSet<>(ViewWrapper.names(record)));
        }

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(model.keySet());
        model.forEach((part, names) -> assertThat(documented.get(part)).as("the names of `%s` in docs/templates.md", part)
                .containsExactlyInAnyOrderElementsOf(names));
    }

    @Test
    void theModelIsOnlyRecordsOfReportView() {
        assertThat(Arrays.stream(ReportView.class.getDeclaredClasses()).filter(c -> !c.isRecord()).map(Class::getName)
                .collect(Collectors.toList())).isEmpty();
    }

    /** The sections under a level-two heading of docs/templates.md, up to the next one. */
    private static Map<String, Set<String>> documented(String heading) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/templates.md"));
        int start = lines.indexOf(heading);
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher section = SECTION.matcher(line);
            Matcher row = ROW.matcher(line);
            if (section.matches()) {
                current = new LinkedHashSet<>();
                sections.put(section.group(1), current);
            } else if (row.find() && current != null) {
                current.add(row.group(1));
            }
        }
        return sections;
    }
}
