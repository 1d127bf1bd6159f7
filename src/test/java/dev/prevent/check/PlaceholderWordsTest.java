package dev.prevent.check;

import static org.assertj.core.api.Assertions.assertThat;

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
    })
    void findsTheFirstPlaceholderStandingAsAWord(String text, int at) {
        assertThat(Placeholders.find(text, 0, text.length())).isEqualTo(at);
    }

    @ParameterizedTest(name = "''{0}'' up to {1}")
    @CsvSource(delimiter = '|', value = {"xxx TBC | 2 | -1", "xxx TBC | 3 | 0", "ab xxx | 5 | -1", "a TBC | 5 | 2"})
    void looksOnlyInsideTheRangeItIsGiven(String text, int to, int at) {
        assertThat(Placeholders.find(text, 0, to)).isEqualTo(at);
    }
}
