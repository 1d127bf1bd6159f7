package dev.prevent.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import java.time.LocalDate;
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
}
