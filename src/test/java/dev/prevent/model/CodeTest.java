package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A code matches whatever its case and the spaces around it: COLP is colp is ' Colp '. */
class CodeTest {

    @Test
    void caseAndSurroundingSpacesNeverMatter() {
        assertThat(Code.same("COLP", "colp")).isTrue();
        assertThat(Code.same(" Red ", "red")).isTrue();
        assertThat(Code.same("not-assessed", "NOT-ASSESSED")).isTrue();
        assertThat(Code.same("NHS", "NHSE")).isFalse();
        assertThat(Code.same("A B", "a  b")).isFalse();
        assertThat(Code.same(null, null)).isTrue();
        assertThat(Code.same("x", null)).isFalse();
    }

    /** The quick comparison for plain ASCII codes answers as comparing their keys does, for any two codes. */
    @Test
    void theQuickComparisonAgreesWithTheKeys() {
        String alphabet = "aAbBzZ09-_ \t\u00e9\u00c9\u00df\u0130i\u0131I";
        Random random = new Random(30);
        for (int i = 0; i < 20_000; i++) {
            String a = random(random, alphabet);
            String b = random.nextInt(3) == 0 ? a.toUpperCase(java.util.Locale.ROOT) : random(random, alphabet);
            assertThat(Code.same(a, b)).as("'%s' and '%s'", a, b).isEqualTo(Code.key(a).equals(Code.key(b)));
        }
    }

    private static String random(Random random, String alphabet) {
        StringBuilder code = new StringBuilder();
        for (int n = random.nextInt(4); n > 0; n--) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
