package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An objective's table gives its room to the columns that hold the most, and keeps its usual shape otherwise. */
class ColumnWidthsTest {

    /** Objective 2 of the report fixture: actions of a line or two, no row taller than its details. */
    @Test
    void shortActionsKeepTheUsualShape() {
        assertThat(objectives(Fixtures.plan("report")).get(1).widths()).isEqualTo(ColumnWidths.USUAL);
    }

    /** Objective 2 of the shipped plan has notes of twenty lines and short actions: the notes get the room. */
    @Test
    void theColumnThatHoldsTheMostGetsTheMostRoom() {
        ReportView.Objective individuals = objectives(Fixtures.shippedPlan()).get(1);
        List<Integer> widths = individuals.widths();
        assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(widths.get(3)).isGreaterThan(widths.get(0)).isGreaterThan(widths.get(2)).isGreaterThan(32);
        assertThat(widths.get(1)).isEqualTo(ColumnWidths.DETAILS);
    }

    private static List<ReportView.Objective> objectives(Path plan) {
        return ReportModel.of(ReportRequest.of(Validation.of(plan, Reports.AS_OF).validPlan(), Fixtures.EVERY_ACTION,
                LocalDate.of(2016, 4, 1), ZonedDateTime.now())).objectives();
    }
}
