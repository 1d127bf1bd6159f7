package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names list items are recorded under, shared for the first items: millions of values use a few keys. */
class FieldsTest {

    @Test
    void anItemIsNamedByItsKeyAndIndexAndTheFirstSixteenNamesAreShared() {
        assertThat(Fields.itemKey("lead", 0)).isEqualTo("lead[0]").isSameAs(Fields.itemKey("lead", 0));
        assertThat(Fields.itemKey("lead", 15)).isEqualTo("lead[15]").isSameAs(Fields.itemKey("lead", 15));
        assertThat(Fields.itemKey("duties", 15)).isEqualTo("duties[15]");
        assertThat(Fields.itemKey("lead", 16)).isEqualTo("lead[16]");
        assertThat(Fields.itemKey("lead", 1000)).isEqualTo("lead[1000]");
        // A key not seen before in this JVM gets its own table of names.
        String fresh = "fresh" + System.nanoTime();
        assertThat(Fields.itemKey(fresh, 3)).isEqualTo(fresh + "[3]");
    }
}
