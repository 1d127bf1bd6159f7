package dev.prevent.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.exit.UserError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft's To line takes one plain address, checked by Jakarta Mail's strict parser: nothing that forges a header. */
class StrictAddressTest {

    @Test
    void onePlainAddressIsTakenWithTheAgencysNameEncodedBesideIt() throws Exception {
        var address = ProgressEmail.strictly("prevent@colp.example.gov.uk", "Police – City", "COLP");

        assertThat(address.getAddress()).isEqualTo("prevent@colp.example.gov.uk");
        assertThat(address.toString()).startsWith("=?UTF-8?").endsWith("<prevent@colp.example.gov.uk>");
    }

    @Test
    void controlCharactersNonAsciiAndMoreThanOneAddressAreRefused() {
        for (String email : List.of("a\u0000b@x.example", "a@x.example\r\nBcc: all@x.example", "jos\u00e9@x.example",
                "a@x.example, b@x.example", "Someone <a@x.example>", "a@", "@x.example")) {
            assertThatThrownBy(() -> ProgressEmail.strictly(email, "Agency", "AG")).as(email).isInstanceOf(UserError.class)
                    .hasMessageContaining("the email of AG in plan.yaml");
        }
    }
}
