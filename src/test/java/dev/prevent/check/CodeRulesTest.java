package dev.prevent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.model.Code;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Codes are codes: what plan.yaml declares as a code can never be a path, a device or a header, wherever it is used. */
class CodeRulesTest {

    @Test
    void everyCodeThatIsNoCodeIsAnErrorAtItsPlace() {
        List<Diagnostic> found = Validation.of(Fixtures.plan("bad-code"), LocalDate.of(2016, 4, 1)).diagnostics().stream()
                .filter(d -> d.rule() == Rule.BAD_CODE).toList();

        assertThat(found).extracting(d -> d.at().line() + ": " + d.message()).containsExactly(
                "8: the agency code '../../etc/evil' holds characters a code may not: write it with letters, digits, '-', '_' and '.' only (the full name goes beside it)",
                "9: the agency code 'CON' is a name Windows keeps for a device, which no file may have; choose another",
                "12: the risk key 'bad key' holds characters a code may not: write it with letters, digits, '-', '_' and '.' only (the full name goes beside it)");
    }

    @Test
    void aCodeIsLettersDigitsAndAFewMarksOfBoundedLength() {
        assertThat(List.of("COLC", "at-risk", "partnership-group", "b1", "Health", "v1.2", "A".repeat(64))).allSatisfy(
                code -> assertThat(Code.problem(code)).as(code).isEmpty());
        assertThat(List.of("", "../x", "a/b", "a\\b", "..", ".hidden", "-x", "a..b", "nul", "COM1", "lpt9.txt", "a\u0000b", "é",
                "A".repeat(65), "two words")).allSatisfy(code -> assertThat(Code.problem(code)).as(code).isPresent());
    }

    @Test
    void aFileNameMadeFromAnyCodeStaysInItsFolder() {
        for (String code : List.of("../../etc/passwd", "/etc/passwd", "..", "a/../../b", "CON", "C:\\Windows\\x", "", "\u0000")) {
            String name = Code.inFileName(code);
            assertThat(name).as(code).doesNotContain("/", "\\", "..", "\u0000").isNotEmpty();
            assertThat(Code.problem(name)).as(name).isEmpty();
        }
        assertThat(Code.inFileName("COLP")).isEqualTo("COLP");
    }
}
