package dev.prevent.returns;

import dev.prevent.exit.UserError;
import dev.prevent.model.Plan;
import dev.prevent.output.LongDate;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

/**
 * A progress request as a draft email ({@code .eml}, RFC 5322) to the agency's contact, with its form attached:
 * marked {@code X-Unsent: 1}, so Outlook and Thunderbird open it as a draft to check and send. The MIME is Jakarta
 * Mail's.
 */
public final class ProgressEmail {

    private ProgressEmail() {
    }

    /** The draft of {@code form}, for the meeting on {@code meeting}, to come back by {@code due} to {@code returnTo}. */
    public static byte[] draft(ProgressRequest.Form form, Plan plan, LocalDate meeting, LocalDate due, String returnTo) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            if (form.agency().email() != null) {
                message.setRecipient(Message.RecipientType.TO, strictly(form.agency().email(), form.agency().name(), form.agency().code()));
            }
            message.setSubject("Prevent progress return for the meeting on " + LongDate.of(meeting) + ": " + form.agency().name(),
                    StandardCharsets.UTF_8.name());
            message.setHeader("X-Unsent", "1");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Dear colleague,\n\n"
                    + "Ahead of the Prevent working group on " + LongDate.of(meeting) + ", please let us know how "
                    + (form.actions() == 1 ? "the action " : "each of the " + form.actions() + " actions ") + form.agency().name()
                    + " leads in '" + plan.title() + "' (" + plan.period() + ") is going.\n\n"
                    + "The attached form lists them. For each, choose its status in the yellow 'New status' column, write "
                    + "what has happened in 'Progress note', and check the date. Leave a row empty if nothing has changed.\n\n"
                    + "Please return the form to " + returnTo + " by " + LongDate.of(due) + ".\n\nThank you.\n",
                    StandardCharsets.UTF_8.name());
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(form.bytes(), form.format().contentType())));
            attachment.setFileName(form.file());
            MimeMultipart parts = new MimeMultipart();
            parts.addBodyPart(text);
            parts.addBodyPart(attachment);
            message.setContent(parts);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new UserError("cannot make the draft email to " + form.agency().code() + ": " + e.getMessage());
        }
    }

    /**
     * The agency's address as the mail standards take it, checked by Jakarta Mail's own strict parser: one plain ASCII
     * address, no control character (a NUL or a line break would forge headers), no display name smuggled in. The name
     * beside it is encoded as the standards say.
     *
     * @throws UserError (exit 2) naming the agency and what to write instead
     */
    static InternetAddress strictly(String email, String name, String code) throws java.io.UnsupportedEncodingException {
        String written = email.strip();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new UserError("the email of " + code + " in plan.yaml holds " + (c > 0x7e ? "a character beyond plain ASCII"
                        : "a space or a control character") + ", which a draft's To line cannot carry; write the address as the "
                        + "mail system gives it (such as prevent@police.example.gov.uk)");
            }
        }
        InternetAddress address;
        try {
            address = new InternetAddress(written, true);
            address.validate();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new UserError("the email of " + code + " in plan.yaml, '" + written + "', is not one email address ("
                    + e.getMessage() + "); write one such as prevent@police.example.gov.uk");
        }
        if (!written.equals(address.getAddress())) {
            throw new UserError("the email of " + code + " in plan.yaml, '" + written + "', is more than one plain address; write "
                    + "only the address (such as prevent@police.example.gov.uk): the agency's name is added beside it");
        }
        return new InternetAddress(address.getAddress(), name, StandardCharsets.UTF_8.name());
    }
}
