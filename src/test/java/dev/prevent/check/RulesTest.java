package dev.prevent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import dev.prevent.model.Severity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of the format's table, on a fixture plan made to break it once, at a known place. */
class RulesTest {

    static final LocalDate AS_OF = LocalDate.of(2016, 4, 1);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("yaml-syntax", Rule.YAML_SYNTAX, "objective.yaml", 7, 11, "it started at line 6"),
                Arguments.of("duplicate-key", Rule.DUPLICATE_KEY, "objective.yaml", 7, 5, "'title' is given twice"),
                Arguments.of("unknown-key", Rule.UNKNOWN_KEY, "objective.yaml", 11, 5, "did you mean 'success_criteria'?"),
                Arguments.of("missing-key", Rule.MISSING_KEY, "objective.yaml", 5, 5, "has no 'action'"),
                Arguments.of("wrong-type", Rule.WRONG_TYPE, "objective.yaml", 12, 7, "should be a list of texts"),
                Arguments.of("duplicate-id", Rule.DUPLICATE_ID, "objective-2.yaml", 5, 9, "objective-1.yaml:5:9"),
                Arguments.of("unknown-lead", Rule.UNKNOWN_LEAD, "objective.yaml", 8, 18, "did you mean 'POLICE'?"),
                Arguments.of("unknown-status", Rule.UNKNOWN_STATUS, "objective.yaml", 10, 13, "did you mean 'blue'?"),
                Arguments.of("bad-timescale", Rule.BAD_TIMESCALE, "objective.yaml", 9, 16, "2015/16"),
                Arguments.of("bad-date", Rule.BAD_DATE, "objective.yaml", 12, 15, "not a real day"),
                Arguments.of("no-plan-file", Rule.NO_PLAN_FILE, "no-plan-file", 0, 0, "no plan.yaml"),
                Arguments.of("missing-fields", Rule.MISSING_LEAD, "objective.yaml", 5, 5, "has no lead"),
                Arguments.of("missing-fields", Rule.MISSING_STATUS, "objective.yaml", 5, 5, "not been assessed"),
                Arguments.of("missing-fields", Rule.MISSING_TIMESCALE, "objective.yaml", 5, 5, "never be overdue"),
                Arguments.of("placeholder", Rule.PLACEHOLDER, "objective.yaml", 14, 14, "'TBC'"),
                Arguments.of("update-order", Rule.UPDATE_ORDER, "objective.yaml", 14, 15, "keep updates oldest first"),
                Arguments.of("update-order", Rule.FUTURE_UPDATE, "objective.yaml", 16, 15, "is dated 2016-06-01, after 2016-04-01"),
                Arguments.of("stale-status", Rule.STALE_STATUS, "objective.yaml", 10, 13, "gives status 'green'"),
                Arguments.of("unlogged-status", Rule.UNLOGGED_STATUS, "objective.yaml", 10, 13, "no update of its log gives it"),
                Arguments.of("empty-objective", Rule.EMPTY_OBJECTIVE, "objective.yaml", 4, 10, "no actions"),
                Arguments.of("control-character", Rule.CONTROL_CHARACTER, "objective.yaml", 6, 12, "<U+001B>"),
                Arguments.of("yaml-anchor", Rule.YAML_ANCHOR, "objective.yaml", 6, 12, "'&t' is a YAML anchor"),
                Arguments.of("list-in-text", Rule.LIST_IN_TEXT, "objective.yaml", 12, 7, "not as a list item"),
                Arguments.of("too-many", Rule.TOO_MANY, "plan.yaml", 4, 3, "lists 21 statuses; a plan may have at most 20"),
                Arguments.of("unknown-duty", Rule.UNKNOWN_DUTY, "objective.yaml", 11, 24, "did you mean 'channel-panel'?"),
                Arguments.of("unknown-duty", Rule.UNCOVERED_DUTY, "plan.yaml", 16, 3, "no action serves the duty area 'channel-panel'"),
                Arguments.of("unknown-risk", Rule.UNKNOWN_RISK, "objective-1.yaml", 14, 13, "did you mean 'online'?"),
                Arguments.of("bad-code", Rule.BAD_CODE, "plan.yaml", 8, 3, "the agency code '../../etc/evil' holds characters a code may not"),
                Arguments.of("frameworks", Rule.UNADDRESSED_RISK, "plan.yaml", 38, 3, "no open action addresses the risk 'venues'"),
                Arguments.of("assurance", Rule.UNRATED_ITEM, "assurance.yaml", 3, 3, "item 'b3' (Communications) of framework 'benchmarks' has no rating"),
                Arguments.of("assurance", Rule.BAD_EVIDENCE, "assurance.yaml", 9, 26, "action '1.9' given as evidence for benchmarks b1"),
                Arguments.of("assurance", Rule.UNEVIDENCED_RATING, "assurance.yaml", 13, 15, "rated 'exceeding' with no evidence"),
                Arguments.of("assurance", Rule.STALE_ASSESSMENT, "assurance.yaml", 14, 13, "more than a year before 2016-04-01"),
                Arguments.of("assurance", Rule.BAD_RATING, "assurance.yaml", 19, 15, "(did you mean 'met'?)"),
                Arguments.of("assurance", Rule.WEAK_EVIDENCE, "assurance.yaml", 24, 15, "every action given as evidence (1.4) is off track or overdue"));
    }

    @ParameterizedTest(name = "{1} in plans/{0}")
    @MethodSource("cases")
    void reportsTheRuleAtItsPlace(String fixture, Rule rule, String file, int line, int column, String words) {
        Validation validation = Validation.of(Fixtures.plan(fixture), AS_OF);

        List<Diagnostic> found = validation.diagnostics().stream().filter(d -> d.rule() == rule).toList();

        assertThat(found).as("diagnostics %s", validation.diagnostics()).isNotEmpty();
        Diagnostic first = found.get(0);
        assertThat(first.at().file().getFileName().toString()).isEqualTo(file);
        assertThat(first.at().line()).isEqualTo(line);
        assertThat(first.at().column()).isEqualTo(column);
        assertThat(first.severity()).isEqualTo(rule.severity());
        assertThat(first.message()).contains(words);
    }

    @Test
    void everyRuleOfTheFormatHasACase() {
        Set<Rule> covered = cases().map(a -> (Rule) a.get()[1]).collect(Collectors.toSet());
        // A link cannot be a committed fixture (its target differs on every machine): SymlinkTest makes its own.
        covered.add(Rule.SYMLINK);
        assertThat(covered).containsExactlyInAnyOrder(Rule.values());
    }

    @Test
    void severitiesAreTheFormatsTable() {
        Set<String> errors = Arrays.stream(Rule.values()).filter(r -> r.severity() == Severity.ERROR)
                .map(Rule::id).collect(Collectors.toSet());
        assertThat(errors).containsExactlyInAnyOrder("yaml-syntax", "duplicate-key", "unknown-key", "missing-key",
                "wrong-type", "duplicate-id", "unknown-lead", "unknown-status", "bad-timescale", "bad-date",
                "no-plan-file", "symlink", "unknown-duty", "too-many", "unknown-risk", "bad-rating",
                "bad-evidence", "bad-code");
    }

    @Test
    void aPlanWithoutDutiesGetsNoDutyDiagnostics() {
        assertThat(Validation.of(Fixtures.plan("queries"), AS_OF).diagnostics())
                .noneMatch(d -> d.rule() == Rule.UNCOVERED_DUTY || d.rule() == Rule.UNKNOWN_DUTY);
    }

    @Test
    void aValidPlanHasNoDiagnostics() {
        Validation validation = Validation.of(Fixtures.plan("valid"), AS_OF);

        assertThat(validation.diagnostics()).isEmpty();
        assertThat(validation.passes(true)).isTrue();
        assertThat(validation.plan().actions().map(a -> a.id())).containsExactly("1.1", "1.2");
    }

    @Test
    void aPlaceholderIsFoundOnItsOwnLineInsideABlockOfNotes() {
        List<Diagnostic> found = Validation.of(Fixtures.plan("placeholder"), AS_OF).diagnostics();

        assertThat(found).extracting(d -> d.at().line() + ":" + d.at().column() + " " + d.message().split(" ")[0])
                .containsExactly("14:14 'TBC'", "14:29 'TBA'");
    }

    @Test
    void aPlaceholderTheFileHidesBehindAnEscapeIsStillReportedAtItsAction() {
        List<Diagnostic> found = Validation.of(Fixtures.plan("placeholder-escaped"), AS_OF).diagnostics();

        assertThat(found).extracting(d -> d.rule() + " " + d.at().line() + ":" + d.at().column())
                .containsExactly("PLACEHOLDER 6:5");
        assertThat(found.get(0).message()).startsWith("'TBC' in action 1.1 looks like a placeholder");
    }

    @Test
    void anUpdateAfterTheAsOfDateIsReported() {
        List<Diagnostic> found = Validation.of(Fixtures.plan("update-order"), AS_OF).diagnostics().stream()
                .filter(d -> d.rule() == Rule.UPDATE_ORDER || d.rule() == Rule.FUTURE_UPDATE).toList();

        assertThat(found).extracting(d -> d.rule().id() + " " + d.at().line()).containsExactly("update-order 14", "future-update 16");
        assertThat(found.get(1).message()).contains("dated 2016-06-01, after 2016-04-01 (today, or --as-of)");
        assertThat(Validation.of(Fixtures.plan("update-order"), LocalDate.of(2016, 7, 1)).diagnostics())
                .filteredOn(d -> d.rule() == Rule.FUTURE_UPDATE).isEmpty();
    }

    @Test
    void withoutPlanYamlLeadsAndStatusesAreNotAlsoReportedAsUnknown() {
        List<Diagnostic> found = Validation.of(Fixtures.plan("no-plan-file"), AS_OF).diagnostics();

        assertThat(found).extracting(Diagnostic::rule).containsExactly(Rule.NO_PLAN_FILE);
    }
}
