package dev.prevent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.model.Assurance;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What assurance.yaml's evidence and judgements are held to, beyond the one case per rule of RulesTest. */
class AssuranceRulesTest {

    static final LocalDate AS_OF = LocalDate.of(2016, 4, 1);

    @TempDir
    Path dir;

    private static List<Diagnostic> of(Path plan, Rule rule) {
        return Validation.of(plan, AS_OF).diagnostics().stream().filter(d -> d.rule() == rule).toList();
    }

    @Test
    void aDocumentThatExistsIsEvidenceAndOnesThatDoNotOrMalformedLinksAreNot() {
        List<Diagnostic> bad = of(Fixtures.plan("assurance"), Rule.BAD_EVIDENCE);

        assertThat(bad).extracting(Diagnostic::message).noneMatch(m -> m.contains("board-minutes-2016-03.txt"));
        assertThat(bad).extracting(Diagnostic::message).anyMatch(m -> m.contains("'evidence/missing.pdf'") && m.contains("does not exist"))
                .anyMatch(m -> m.contains("'https://exa mple.org/x'") && m.contains("not a well-formed link"));
    }

    @Test
    void evidenceOutsideThePlansRepositoryIsRefusedTheSameWhetherOrNotItExists() throws Exception {
        // A repository holding the plan, and files outside it: one there, one not. The answers must not differ.
        Path repo = java.nio.file.Files.createDirectories(dir.resolve("repo"));
        java.nio.file.Files.createDirectory(repo.resolve(".git"));
        Path plan = dev.prevent.Fixtures.copy(Fixtures.plan("assurance"), repo.resolve("plans"));
        Path outside = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "not evidence");
        java.nio.file.Files.createDirectories(plan.resolve("evidence"));
        java.nio.file.Files.createSymbolicLink(plan.resolve("evidence/link.txt"), outside);
        java.nio.file.Files.writeString(repo.resolve("minutes.txt"), "minutes");
        Path assurance = plan.resolve("assurance.yaml");
        String text = java.nio.file.Files.readString(assurance);
        java.nio.file.Files.writeString(assurance, text.replace("evidence/missing.pdf", "evidence/missing.pdf, " + outside + ", /nowhere/x.txt, "
                + "../../secret.txt, ../../nowhere.txt, evidence/link.txt, ../minutes.txt"));

        List<String> messages = of(plan, Rule.BAD_EVIDENCE).stream().map(Diagnostic::message).toList();

        assertThat(messages).anyMatch(m -> m.contains("'" + outside + "'") && m.contains("is a path from the top of the disk"))
                .anyMatch(m -> m.contains("'/nowhere/x.txt'") && m.contains("is a path from the top of the disk"))
                .anyMatch(m -> m.contains("'../../secret.txt'") && m.contains("leads outside the plan's repository"))
                .anyMatch(m -> m.contains("'../../nowhere.txt'") && m.contains("leads outside the plan's repository"))
                .anyMatch(m -> m.contains("'evidence/link.txt'") && m.contains("through a link"))
                .noneMatch(m -> m.contains("../minutes.txt"))
                .noneMatch(m -> (m.contains("secret") || m.contains("nowhere")) && m.contains("does not exist"));
    }

    @Test
    void theAssessmentIsReadFromItsOwnFileAndIsNoObjective() {
        Validation validation = Validation.of(Fixtures.plan("assurance"), AS_OF);

        assertThat(validation.plan().objectives()).extracting(o -> o.id()).containsExactly("1");
        Assurance assurance = validation.plan().assurance();
        assertThat(assurance.scale()).isEqualTo(Assurance.DEFAULT_SCALE);
        assertThat(assurance.of("benchmarks", "B1")).hasValueSatisfying(a -> {
            assertThat(a.rating()).isEqualTo("met");
            assertThat(a.date()).isEqualTo(LocalDate.of(2016, 3, 1));
            assertThat(a.assessor()).isEqualTo("Prevent Coordinator");
            assertThat(a.actions()).containsExactly("1.1", "1.9");
            assertThat(a.documents()).hasSize(3);
            assertThat(a.comment()).isEqualTo("The board meets quarterly.");
        });
    }

    @Test
    void metOnAnActionOnTrackIsNotWeakAndARatingBelowMetNeedsNoEvidence() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("assurance"), dir);
        Path file = plan.resolve("assurance.yaml");
        Files.writeString(file, Files.readString(file).replace("actions: [\"1.4\"]", "actions: [\"1.4\", \"1.1\"]")
                .replace("rating: exceeding", "rating: partly-met"));
        Path objective = plan.resolve("objective-1.yaml");
        // 1.1 is due a year later, so on track on the day of the assessment.
        Files.writeString(objective, Files.readString(objective).replaceFirst("timescale: 2015/16", "timescale: 2016/17"));

        assertThat(of(plan, Rule.WEAK_EVIDENCE)).isEmpty();
        assertThat(of(plan, Rule.UNEVIDENCED_RATING)).isEmpty();
    }

    @Test
    void aScaleOfItsOwnWithAThresholdThatIsNotOnItIsAnError() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("assurance"), dir);
        Path file = plan.resolve("assurance.yaml");
        Files.writeString(file, "scale:\n  - key: red\n  - key: amber\n  - key: green\nmet: gren\n" + Files.readString(file));

        List<Diagnostic> bad = of(plan, Rule.BAD_RATING);

        assertThat(bad.get(0).message()).isEqualTo("'gren' is not a rating of the scale, so no rating can be judged met; say which is "
                + "(met: KEY) among red, amber, green");
        assertThat(bad.get(0).at().line()).isEqualTo(5);
    }

    @Test
    void anAssessmentOfAnUndeclaredFrameworkOrItemIsAnError() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("assurance"), dir);
        Path file = plan.resolve("assurance.yaml");
        Files.writeString(file, Files.readString(file).replace("  benchmarks:\n    b1:", "  benchmark:\n    b1:")
                .replace("    training:\n", "    trainin:\n"));

        assertThat(of(plan, Rule.UNKNOWN_DUTY)).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "framework 'benchmark' of assurance.yaml is not declared in plan.yaml (did you mean 'benchmarks'?); the frameworks are "
                        + "toolkit, benchmarks",
                "item 'trainin' of assurance.yaml is not an item of framework 'toolkit' (did you mean 'training'?); its items are "
                        + "training, channel-panel");
    }
}
