package dev.prevent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan made to flood the output (validate runs on untrusted pull requests): a thousand actions whose leads are no
 * agency, and more agencies than a plan may have. What people read stays short and says what it left out; the list
 * of agencies is printed once; what programs read holds every diagnostic.
 */
class FloodTest {

    @TempDir
    Path dir;

    @Test
    void aThousandUnknownLeadsPrintFiftyAndACountAndTheAgenciesOnce() throws Exception {
        StringBuilder plan = new StringBuilder("title: Flood\nperiod: 2015/16\nstatuses:\n  - key: on\n    label: On\nagencies:\n");
        for (int i = 0; i < 1000; i++) {
            plan.append("  AGENCY").append(i).append(": Agency number ").append(i).append('\n');
        }
        StringBuilder objective = new StringBuilder("id: 1\nname: One\naim: Aim\nactions:\n");
        for (int i = 0; i < 1000; i++) {
            objective.append("  - id: 1.").append(i + 1).append("\n    title: T\n    action: A\n    lead: UNKNOWN").append(i)
                    .append("\n    timescale: 2015/16\n");
        }
        Files.writeString(dir.resolve("plan.yaml"), plan);
        Files.writeString(dir.resolve("objective-1.yaml"), objective);

        Cli.Result text = Cli.run("--plan", dir.toString(), "validate");
        Cli.Result all = Cli.run("--plan", dir.toString(), "validate", "--all");
        Cli.Result github = Cli.run("--plan", dir.toString(), "validate", "--format", "github");
        Cli.Result json = Cli.run("--plan", dir.toString(), "validate", "--format", "json");

        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out().lines().filter(l -> l.endsWith("[unknown-lead]"))).hasSize(Validation.SHOWN_PER_RULE);
        assertThat(text.out()).contains("... and 950 more like this [unknown-lead] (prevent validate --all shows them)",
                "plan.yaml lists 1000 agencies; a plan may have at most 200", "1001 errors");
        // The 200 agencies read are listed once, in the first message.
        assertThat(text.out().split("AGENCY199\\b", -1)).hasSize(2);
        assertThat(text.out().length()).isLessThan(20_000);
        assertThat(all.out().lines().filter(l -> l.endsWith("[unknown-lead]"))).hasSize(1000);
        assertThat(github.out().lines().filter(l -> l.startsWith("::error"))).hasSize(Validation.SHOWN_PER_RULE + 1);
        assertThat(github.out()).contains("::notice title=unknown-lead::... and 950 more like this");
        assertThat(json.out().split("\"rule\" *: *\"unknown-lead\"", -1)).hasSize(1001);
    }
}
