package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run that names its command builds only that one: the quick path must know every command help lists. */
class CommandsTest {

    @Test
    void theQuickPathKnowsEveryCommandHelpLists() {
        Map<String, CommandLine> every = new CommandLine(new PreventCommand.WithEveryCommand(Map.of())).getSubcommands();

        assertThat(Main.COMMANDS.keySet())
                .containsExactlyInAnyOrderElementsOf(every.keySet().stream()
                        .filter(name -> !name.equals("help") && !name.equals("generate-completion")).toList());
        Main.COMMANDS.forEach((name, make) -> assertThat(make.get().getClass())
                .isEqualTo(every.get(name).getCommandSpec().userObject().getClass()));
    }
}
