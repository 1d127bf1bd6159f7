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

    /** Every printable ASCII character is taken as far as this check goes ("!" and "~" are at its two ends); a space, DEL and beyond are not. */
    @Test
    void theEndsOfPrintableAsciiAreTakenAndWhatLiesOutsideIsNamed() throws Exception {
        assertThat(ProgressEmail.strictly("a!b~c@x.example", "Agency", "AG").getAddress()).isEqualTo("a!b~c@x.example");
        assertThatThrownBy(() -> ProgressEmail.strictly("a b@x.example", "Agency", "AG"))
                .hasMessageContaining("holds a space or a control character");
        assertThatThrownBy(() -> ProgressEmail.strictly("a\u007fb@x.example", "Agency", "AG"))
                .hasMessageContaining("holds a character beyond plain ASCII");
        assertThatThrownBy(() -> ProgressEmail.strictly("jos\u00e9@x.example", "Agency", "AG"))
                .hasMessageContaining("holds a character beyond plain ASCII");
    }

    /** An agency with no email in plan.yaml gets a draft with no To line, for the coordinator to address. */
    @Test
    void aDraftIsAddressedToTheAgencysEmailOnlyWhenItHasOne() throws Exception {
        var plan = dev.prevent.check.Validation.of(dev.prevent.Fixtures.shippedPlan(), java.time.LocalDate.of(2026, 12, 7)).validPlan();
        var meeting = java.time.LocalDate.of(2026, 12, 10);
        var form = ProgressRequest.of(plan, List.of("ALL"), meeting, meeting.minusDays(3), meeting.minusDays(3), "the coordinator",
                FormFormat.XLSX).get(0);
        var addressed = new ProgressRequest.Form(new dev.prevent.model.Agency("ALL", "All partners", "all@x.example"), form.file(),
                form.bytes(), form.actions(), form.format());
        var session = jakarta.mail.Session.getInstance(new java.util.Properties());

        var none = new jakarta.mail.internet.MimeMessage(session, new java.io.ByteArrayInputStream(
                ProgressEmail.draft(form, plan, meeting, meeting.minusDays(3), "the coordinator")));
        var to = new jakarta.mail.internet.MimeMessage(session, new java.io.ByteArrayInputStream(
                ProgressEmail.draft(addressed, plan, meeting, meeting.minusDays(3), "the coordinator")));

        assertThat(none.getRecipients(jakarta.mail.Message.RecipientType.TO)).isNull();
        String body = ((jakarta.mail.internet.MimeMultipart) none.getContent()).getBodyPart(0).getContent().toString();
        assertThat(body).contains("how each of the " + form.actions() + " actions All partners leads");
        var one = ProgressRequest.of(plan, List.of("COLC"), meeting, meeting.minusDays(3), meeting.minusDays(3), "the coordinator",
                FormFormat.XLSX).get(0);
        assertThat(one.actions()).isOne();
        var single = new jakarta.mail.internet.MimeMessage(session, new java.io.ByteArrayInputStream(
                ProgressEmail.draft(one, plan, meeting, meeting.minusDays(3), "the coordinator")));
        assertThat(((jakarta.mail.internet.MimeMultipart) single.getContent()).getBodyPart(0).getContent().toString())
                .contains("how the action City of London Corporation leads");
        assertThat(to.getRecipients(jakarta.mail.Message.RecipientType.TO)).extracting(Object::toString)
                .singleElement().asString().endsWith("<all@x.example>");
    }
}
