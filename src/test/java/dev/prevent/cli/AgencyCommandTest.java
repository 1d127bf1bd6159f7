package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agencies put right in one command, on a plan as an import leaves it: "HR & Organisational Development" split into HR
 * and OD, and an unrelated error elsewhere (a lead no agency matches). {@code agency merge} and {@code update --lead}
 * work all the same; a change that adds an error is refused, naming that error and no other.
 */
class AgencyCommandTest {

    @TempDir
    Path dir;

    Path plan;

    @BeforeEach
    void aPlanSplitByImportWithAnErrorOfItsOwn() throws IOException {
        plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        edit(plan.resolve("plan.yaml"), "  CHSC: City and Hackney Safeguarding Children\n",
                "  CHSC: City and Hackney Safeguarding Children\n  HR: HR  # split by import\n  OD: Organisational Development\n");
        edit(plan.resolve("objective-1-ideologies.yaml"), "    lead: [ALL]\n", "    lead: [HR, OD]\n", 1);
        // An error the coordinator has not got to yet: action 3.1 names an agency the plan does not have.
        edit(plan.resolve("objective-3-institutions.yaml"), "    lead: [COLC, COLP, Health, ED, Probation, CHSA, CHSC]\n",
                "    lead: [COLC, COLP, Health, ED, Probation, CHSA, CHSC, Channel]\n");
        assertThat(Cli.on(plan, "validate").out()).contains("unknown-lead");
    }

    @Test
    void mergingTwoAgenciesChangesPlanYamlAndEveryLeadInOneChangeOnAPlanWithErrors() throws IOException {
        String objective1 = Files.readString(plan.resolve("objective-1-ideologies.yaml"));

        Cli.Result merged = Cli.on(plan, "agency", "merge", "HR", "OD", "--into", "HROD", "--name", "HR & Organisational Development");

        assertThat(merged.exit()).as(merged.all()).isZero();
        String header = Files.readString(plan.resolve("plan.yaml"));
        assertThat(header).contains("  CHSC: City and Hackney Safeguarding Children\n  HROD: HR & Organisational Development  # split by import\n")
                .doesNotContain("  OD:", "  HR:");
        assertThat(Files.readString(plan.resolve("objective-1-ideologies.yaml")))
                .isEqualTo(objective1.replaceFirst("lead: \\[HR, OD\\]", "lead: [HROD]"));
        // The error the plan had is still its own to fix; the merge added none.
        assertThat(Cli.on(plan, "validate").out()).contains("lead 'Channel' of action 3.1").containsOnlyOnce("[unknown-lead]");
    }

    @Test
    void renamingAnAgencyRenamesItEverywhereItLeads() throws IOException {
        Cli.Result renamed = Cli.on(plan, "agency", "rename", "COLP", "POLICE", "--name", "City of London Police Service");

        assertThat(renamed.exit()).as(renamed.all()).isZero();
        assertThat(Files.readString(plan.resolve("plan.yaml"))).contains("  POLICE: City of London Police Service\n")
                .doesNotContain("COLP:");
        assertThat(Files.readString(plan.resolve("objective-3-institutions.yaml")))
                .contains("lead: [COLC, POLICE, Health, ED, Probation, CHSA, CHSC, Channel]");
    }

    @Test
    void anUpdateFixesALeadOnAPlanWithErrorsAndOneThatAddsAnErrorIsRefusedNamingOnlyIt() throws IOException {
        Cli.Result fixed = Cli.on(plan, "update", "3.1", "--lead", "COLC", "--lead", "COLP");

        assertThat(fixed.exit()).as(fixed.all()).isZero();
        assertThat(Cli.on(plan, "validate").exit()).isZero();

        String before = Files.readString(plan.resolve("objective-2-individuals.yaml"));
        Cli.Result broken = Cli.on(plan, "update", "2.1", "--lead", "GHOST");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("the change would give the plan an error, so nothing was written", "GHOST");
        assertThat(Files.readString(plan.resolve("objective-2-individuals.yaml"))).isEqualTo(before);
    }

    @Test
    void onAPlanWithAnErrorAChangeAddingAnotherIsRefusedNamingTheNewOneOnly() {
        Cli.Result broken = Cli.on(plan, "update", "2.1", "--lead", "GHOST");

        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("the change would add to the plan's errors an error, so nothing was written", "GHOST")
                .doesNotContain("Channel");
    }

    @Test
    void aMergeIntoAnotherAgencyOrOfOneAgencyIsRefusedWithAWayOn() {
        Cli.Result intoOther = Cli.on(plan, "agency", "merge", "HR", "OD", "--into", "COLC", "--name", "x");
        Cli.Result one = Cli.on(plan, "agency", "merge", "HR", "HR", "--into", "HROD", "--name", "x");
        Cli.Result taken = Cli.on(plan, "agency", "rename", "HR", "OD");

        assertThat(intoOther.exit()).isEqualTo(2);
        assertThat(intoOther.err()).contains("COLC is another agency of the plan");
        assertThat(one.err()).contains("name two agencies or more to merge");
        assertThat(taken.err()).contains("OD is an agency of the plan already", "prevent agency merge HR OD --into OD");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        edit(file, from, to, -1);
    }

    private static void edit(Path file, String from, String to, int times) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, times == 1 ? text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                : text.replace(from, to), StandardCharsets.UTF_8);
    }
}
