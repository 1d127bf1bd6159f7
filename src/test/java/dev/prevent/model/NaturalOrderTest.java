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
}
