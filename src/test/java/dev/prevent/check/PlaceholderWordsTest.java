package dev.prevent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.load.MemoryFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words count as a placeholder left from a draft, and where the search finds the first one. */
class PlaceholderWordsTest {

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
            "TBC                     | 0",
            "Funding: tbc.           | 9",
            "Date TBA, venue TBC     | 5",
            "xxx                     | 0",
            "cost £XXXX per year     | 6",
            "xx                      | -1",
            "Boxxx hill              | -1",
            "TODO: ask the CCG       | 0",
            "Today and tomorrow      | -1",
            "TBCs                    | -1",
            "Insert details here     | 0",
            "insert detailsx         | -1",
            "Institutions inspected  | -1",
            "ends in TB              | -1",
            "café – TBC              | 7",
            "tiTBC then TBC          | 11",
            "Venue: TBD              | 7",
            "date to be confirmed    | 5",
            "To Be Confirmed         | 0",
            "tbd.                    | 0",
    })
    void findsTheFirstPlaceholderStandingAsAWord(String text, int at) {
        assertThat(Placeholders.find(text, 0, text.length())).isEqualTo(at);
    }

    @ParameterizedTest(name = "''{0}'' up to {1}")
    @CsvSource(delimiter = '|', value = {"xxx TBC | 2 | -1", "xxx TBC | 3 | 0", "ab xxx | 5 | -1", "a TBC | 5 | 2"})
    void looksOnlyInsideTheRangeItIsGiven(String text, int to, int at) {
        assertThat(Placeholders.find(text, 0, to)).isEqualTo(at);
    }

    @ParameterizedTest(name = "''{0}'' at {1} up to {2}")
    @CsvSource(delimiter = '|', value = {"a xx. | 2 | 5 | 0", "a xxx. | 2 | 6 | 3", "TBC | 0 | 2 | 0", "TBC | 0 | 3 | 3", "(todo) | 1 | 6 | 4"})
    void aPlaceholdersLengthIsWithinItsRangeAndThreeLettersAtLeast(String text, int at, int to, int length) {
        assertThat(Placeholders.length(text, at, to)).isEqualTo(length);
    }

    @Test
    void plansYamlIsSearchedToo() {
        String plan = "title: T\nperiod: 2015/16\nowner: TBC\nstatuses:\n  - key: red\n    label: Behind\nagencies:\n  A: Agency\n";
        String objective = "id: \"1\"\nname: N\naim: A\nactions:\n  - id: \"1.1\"\n    title: T\n    action: Do\n    lead: A\n"
                + "    timescale: 2015/16\n";
        MemoryFiles files = new MemoryFiles(Path.of("p"), Map.of("plan.yaml", plan.getBytes(StandardCharsets.UTF_8),
                "objective-1.yaml", objective.getBytes(StandardCharsets.UTF_8)));

        assertThat(Validation.of(files, LocalDate.of(2016, 4, 1)).diagnostics()).filteredOn(d -> d.rule().id().equals("placeholder"))
                .singleElement().satisfies(d -> {
                    assertThat(d.at().line()).isEqualTo(3);
                    assertThat(d.at().column()).isEqualTo(8);
                    assertThat(d.message()).isEqualTo("'TBC' in the owner of plan.yaml looks like a placeholder left from a draft; "
                            + "write the real text");
                });
    }
}
