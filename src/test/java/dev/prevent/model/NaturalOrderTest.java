package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void idsSortAsPeopleReadThem() {
        List<String> ids = new ArrayList<>(List.of("10", "1.10", "2", "1.2", "1", "1.1", "1.9", "A", "1a"));
        ids.sort(NaturalOrder.IDS);
        assertThat(ids).containsExactly("1", "1.1", "1.2", "1.9", "1.10", "1a", "2", "10", "A");
    }

    @Test
    void hugeNumbersDoNotOverflow() {
        assertThat(NaturalOrder.IDS.compare("99999999999999999999999", "100000000000000000000000")).isNegative();
    }

    @Test
    void lettersCompareWithoutCaseAndNumbersByValue() {
        assertThat(NaturalOrder.IDS.compare("a", "B")).isNegative();
        assertThat(NaturalOrder.IDS.compare("b", "A")).isPositive();
        assertThat(NaturalOrder.IDS.compare("1.2", "1.10")).isNegative();
    }

    @Test
    void theShorterRestComesFirstAndOnlyThenTheWrittenForm() {
        // "x1" and "x01a" agree up to the end of "x1": what is left decides, not that '1' > '0'.
        assertThat(NaturalOrder.IDS.compare("x1", "x01a")).isNegative();
        assertThat(NaturalOrder.IDS.compare("x01a", "x1")).isPositive();
        // Equal by number and length: the written form keeps the order total.
        assertThat(NaturalOrder.IDS.compare("01", "1")).isNegative();
        assertThat(NaturalOrder.IDS.compare("1", "01")).isPositive();
        assertThat(NaturalOrder.IDS.compare("1.1", "1.1")).isZero();
    }
}
