package dev.prevent.report;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.model.Plan;
import dev.prevent.query.ActionFilter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** Reports of fixture plans made in-process, at a fixed as-of date and time, with the built-in templates. */
final class Reports {

    static final LocalDate AS_OF = LocalDate.of(2016, 4, 1);
    static final ZonedDateTime GENERATED = ZonedDateTime.parse("2016-04-01T09:30:00Z");

    private Reports() {
    }

    static String of(String fixture, ReportFormat format) {
        return of(fixture.equals("shipped") ? Fixtures.shippedPlan().toString() : Fixtures.plan(fixture).toString(),
                format, Fixtures.EVERY_ACTION);
    }

    static String of(String planDir, ReportFormat format, ActionFilter filter) {
        Plan plan = Validation.of(java.nio.file.Path.of(planDir), AS_OF).validPlan();
        byte[] bytes = Report.render(ReportTemplates.in(null), format, ReportModel.of(ReportRequest.of(plan, filter, AS_OF, GENERATED)));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static ActionFilter leads(String... codes) {
        return new ActionFilter(List.of(codes), List.of(), List.of(), false, null, null);
    }
}
