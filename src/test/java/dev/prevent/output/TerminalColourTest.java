package dev.prevent.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.query.ActionFilter;
import dev.prevent.query.ActionList;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With colour on, a status shows in the plan's own colour, and always with its word. */
class TerminalColourTest {

    @Test
    void statusesShowInThePlansColoursWithTheirWords() {
        LocalDate asOf = LocalDate.of(2016, 4, 1);
        var plan = Validation.of(Fixtures.plan("queries"), asOf).validPlan();
        var answer = ActionList.of(plan, new ActionFilter(List.of(), List.of(), List.of("1"), false, null, null), asOf);
        StringWriter coloured = new StringWriter();
        StringWriter plain = new StringWriter();

        OutputFormat.TABLE.writer(true, true).write(answer, new PrintWriter(coloured));
        OutputFormat.TABLE.writer(false, true).write(answer, new PrintWriter(plain));

        assertThat(coloured.toString()).contains("\u001b[1;38;2;212;53;28mOff track\u001b[0m")
                .contains("\u001b[1;38;2;244;119;56mAt risk\u001b[0m");
        assertThat(coloured.toString().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.toString());
        assertThat(plain.toString()).doesNotContain("\u001b");
    }
}
