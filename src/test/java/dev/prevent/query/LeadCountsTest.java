package dev.prevent.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.output.Cell;
import dev.prevent.output.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadCountsTest {

    @Test
    void oneRowPerAgencyWithCountsOnThePlansScale() {
        LocalDate asOf = LocalDate.of(2016, 4, 1);
        LeadCounts counts = LeadCounts.of(Validation.of(Fixtures.plan("queries"), asOf).validPlan(), asOf);

        assertThat(counts.rows()).containsExactly(
                new LeadCounts.Row("COLC", "City of London Corporation", 4, scale(1, 2, 0, 0), 1, 4),
                new LeadCounts.Row("COLP", "City of London Police", 4, scale(0, 1, 2, 1), 0, 1),
                new LeadCounts.Row("NHS", "National Health Service", 3, scale(0, 1, 2, 0), 0, 3),
                new LeadCounts.Row("NO", "National Offender Management Service", 3, scale(2, 0, 1, 0), 0, 3),
                new LeadCounts.Row("SPARE", "An agency that leads nothing", 0, scale(0, 0, 0, 0), 0, 0));
        assertThat(counts.rows().get(0).statuses().keySet()).containsExactly("off", "at-risk", "on", "done");
    }

    private static Map<String, Integer> scale(int off, int atRisk, int on, int done) {
        return Map.of("off", off, "at-risk", atRisk, "on", on, "done", done);
    }

    static List<String> colours(List<Cell> row) {
        return row.stream().map(c -> c.colour() == null ? "-" : c.colour()).toList();
    }

    @Test
    void theTableShadesACountByItsStatusOnlyWhereThereIsOneAndTheFieldsNever() {
        LocalDate asOf = LocalDate.of(2016, 4, 1);
        LeadCounts counts = LeadCounts.of(Validation.of(Fixtures.plan("queries"), asOf).validPlan(), asOf);

        Table table = counts.table();
        // COLC: off 1, at-risk 2, on 0, done 0.
        assertThat(table.rows().get(0)).extracting(Cell::text).containsExactly("COLC", "City of London Corporation", "4", "1", "2",
                "0", "0", "1", "4");
        assertThat(colours(table.rows().get(0))).containsExactly("-", "-", "-", "#d4351c", "#f47738", "-", "-", "-", "-");
        assertThat(counts.fields().rows()).allSatisfy(row -> assertThat(colours(row)).containsOnly("-"));
        assertThat(counts.summary()).isEqualTo("5 agencies, as of 2016-04-01");
        assertThat(counts.isEmpty()).isFalse();
    }
}
