package dev.prevent.load;

import dev.prevent.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.prevent.check.Validation;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import dev.prevent.query.ActionList;
import dev.prevent.query.LeadCounts;
import dev.prevent.report.ReportModel;
import dev.prevent.report.ReportRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Coverage-guided fuzzing of the loader and validator (Jazzer). Whatever bytes a plan file holds, validation
 * ends in diagnostics, never an exception, and a plan without errors can be listed, counted and reported.
 *
 * <p>In {@code mvn verify} this runs as a regression test over the seeds: the hostile corpus, copied into
 * PlanFuzzTestInputs/ at build time, and any crash files committed under
 * src/test/resources/dev/prevent/load/PlanFuzzTestInputs/. To fuzz for real (minutes, on a spare machine):
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PlanFuzzTest#objectiveFile}; a crash is written as a file there: keep it.
 */
class PlanFuzzTest {

    static final Path PLAN = Path.of("src/test/resources/plans/valid");
    static final LocalDate AS_OF = LocalDate.of(2016, 4, 1);

    @FuzzTest(maxDuration = "60s")
    void objectiveFile(byte[] data) {
        survives(new ExtraFile(new DiskFiles(PLAN), PLAN.resolve("fuzzed.yaml"), data));
    }

    @FuzzTest(maxDuration = "60s")
    void planFile(byte[] data) {
        survives(new ExtraFile(new DiskFiles(PLAN), PLAN.resolve("plan.yaml"), data));
    }

    private static void survives(PlanFiles files) {
        Validation validation = Validation.of(files, AS_OF);
        for (Diagnostic d : validation.diagnostics()) {
            assertThat(d.rule()).isNotNull();
            assertThat(d.at().file()).isNotNull();
            assertThat(d.message()).isNotBlank();
        }
        if (validation.errors() == 0) {
            Plan plan = validation.validPlan();
            ActionList.of(plan, Fixtures.EVERY_ACTION, AS_OF).table();
            LeadCounts.of(plan, AS_OF).table();
            ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION, AS_OF, ZonedDateTime.now()));
        }
    }
}
