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
import java.util.List;
import java.util.Properties;

/**
 * A progress request, or a reminder of one, as a draft email ({@code .eml}, RFC 5322) to the agency's contact, with its
 * form attached, from the plan's contact (plan.yaml's {@code contact}) and asking for replies to it:
 * marked {@code X-Unsent: 1}, so Outlook and Thunderbird open it as a draft to check and send. The MIME is Jakarta
 * Mail's.
 */
public final class ProgressEmail {

    private ProgressEmail() {
    }

    /** The draft of {@code form}, for the meeting on {@code meeting}, to come back by {@code due} to {@code returnTo}. */
    public static byte[] draft(ProgressRequest.Form form, Plan plan, LocalDate meeting, LocalDate due, String returnTo) {
        String body = "Dear colleague,\n\n"
                + "Ahead of the Prevent working group on " + LongDate.of(meeting) + ", please let us know how "
                + (form.actions() == 1 ? "the action " : "each of the " + form.actions() + " actions ") + form.agency().name()
                + " leads in '" + plan.title() + "' (" + plan.period() + ") is going.\n\n"
                + "The attached form lists them. For each, choose its status in the yellow 'New status' column, write "
                + "what has happened in 'Progress note', and check the date. Leave a row empty if nothing has changed.\n\n"
                + replyTo(plan, returnTo.equals(ProgressRequest.returnTo(plan)) ? null : returnTo, "by " + LongDate.of(due)) + "\n\nThank you.\n";
        return message(form.agency(), plan, "Prevent progress return for the meeting on " + LongDate.of(meeting) + ": "
                + form.agency().name(), body, form.file(), form.bytes(), form.format().contentType());
    }

    /**
     * A reminder to an agency that has not returned its form: the form attached again, the day it was due, and its
     * actions overdue as of {@code today}, listed with their titles and due days.
     *
     * @param form    the form as it was sent (its file)
     * @param due     the day it was due back, or null when the form no longer says
     * @param overdue the agency's actions overdue today
     */
    public static byte[] reminder(dev.prevent.model.Agency agency, Plan plan, java.nio.file.Path form, LocalDate meeting, LocalDate due,
            List<dev.prevent.model.Action> overdue, LocalDate today) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(form);
        } catch (IOException e) {
            throw new UserError("cannot read the form " + form + " to attach it again: " + e.getMessage());
        }
        StringBuilder body = new StringBuilder("Dear colleague,\n\n");
        body.append("We have not yet had ").append(agency.name()).append("'s progress return for the Prevent working group on ")
                .append(LongDate.of(meeting)).append(due == null ? "" : (due.isBefore(today) ? "; it was due on " : "; it is due on ")
                        + LongDate.of(due)).append(". The form is attached again.\n\n");
        if (!overdue.isEmpty()) {
            body.append(overdue.size() == 1 ? "One action " + agency.name() + " leads is overdue as of " + LongDate.of(today) + ":\n\n"
                    : overdue.size() + " actions " + agency.name() + " leads are overdue as of " + LongDate.of(today) + ":\n\n");
            for (var action : overdue) {
                body.append("  ").append(action.id()).append(" ").append(ProgressRequest.plain(action.heading()))
                        .append(action.due().map(d -> " (due " + LongDate.of(d) + ")").orElse("")).append("\n");
            }
            body.append("\nPlease say in the form where each stands.\n\n");
        }
        String ext = form.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? "docx" : "xlsx";
        body.append(replyTo(plan, null, "as soon as you can")).append("\n\nThank you.\n");
        return message(agency, plan, "Reminder: Prevent progress return for the meeting on " + LongDate.of(meeting) + ": "
                + agency.name(), body.toString(), form.getFileName().toString(), bytes, FormFormat.valueOf(ext.toUpperCase(java.util.Locale.ROOT))
                .contentType());
    }

    /**
     * The sentence that says whom to reply to, and {@code when} ("by 3 December 2026", "as soon as you can"): the plan's
     * contact by email when plan.yaml names one and no one else was asked for, else whoever the forms go back to.
     */
    private static String replyTo(Plan plan, String returnTo, String when) {
        var contact = plan.contact();
        if (contact != null && contact.email() != null && returnTo == null) {
            return "Please reply to this email with the form attached, " + when + ", to "
                    + (contact.name() == null ? "" : contact.name() + ", ") + contact.email() + ".";
        }
        String who = returnTo != null ? returnTo : ProgressRequest.returnTo(plan);
        return "Please return the form to " + who + " " + when + ".";
    }

    /** A draft to {@code agency}'s contact, from the plan's contact (and replies to it) when plan.yaml names one. */
    private static byte[] message(dev.prevent.model.Agency agency, Plan plan, String subject, String body, String file, byte[] bytes,
            String contentType) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            if (agency.email() != null) {
                message.setRecipient(Message.RecipientType.TO, strictly(agency.email(), agency.name(), agency.code()));
            }
            var contact = plan.contact();
            if (contact != null && contact.email() != null) {
                InternetAddress from = strictly(contact.email(), contact.name(), "the plan's contact");
                message.setFrom(from);
                message.setReplyTo(new InternetAddress[] {from});
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setHeader("X-Unsent", "1");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name());
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, contentType)));
            attachment.setFileName(file);
            MimeMultipart parts = new MimeMultipart();
            parts.addBodyPart(text);
            parts.addBodyPart(attachment);
            message.setContent(parts);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new UserError("cannot make the draft email to " + agency.code() + ": " + e.getMessage());
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
        String whose = code.startsWith("the ") ? code + "'s email" : "the email of " + code;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new UserError(whose + " in plan.yaml holds " + (c > 0x7e ? "a character beyond plain ASCII"
                        : "a space or a control character") + ", which a draft's To line cannot carry; write the address as the "
                        + "mail system gives it (such as prevent@police.example.gov.uk)");
            }
        }
        InternetAddress address;
        try {
            address = new InternetAddress(written, true);
            address.validate();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new UserError(whose + " in plan.yaml, '" + written + "', is not one email address ("
                    + e.getMessage() + "); write one such as prevent@police.example.gov.uk");
        }
        if (!written.equals(address.getAddress())) {
            throw new UserError(whose + " in plan.yaml, '" + written + "', is more than one plain address; write "
                    + "only the address (such as prevent@police.example.gov.uk): the agency's name is added beside it");
        }
        return new InternetAddress(address.getAddress(), name, StandardCharsets.UTF_8.name());
    }
}
