package dev.prevent.returns;

import dev.prevent.exit.UserError;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A partner's reply saved from a mail program ({@code .eml}): the forms attached to it (Excel or Word), each taken out
 * to be read as if given on its own; any other attachment is named and left. The same bounds as a form's hold: the
 * message is refused past {@link #MAX_BYTES}, and each form is read by {@link ProgressReturn} with its own limits.
 */
public final class Reply {

    /** The largest message read: a reply carries a form or two of well under a megabyte each. */
    static final long MAX_BYTES = 4 * ProgressReturn.MAX_BYTES;
    /** How deep parts may nest (a message forwarded inside a message): past this, nothing more is looked at. */
    private static final int MAX_DEPTH = 8;

    private Reply() {
    }

    /**
     * What a message held.
     *
     * @param forms   the attached forms, written into the folder given, in the message's order
     * @param ignored the names of the other attachments
     */
    public record Opened(List<Path> forms, List<String> ignored) {
    }

    /** Whether {@code file} is a saved email, by its name. */
    public static boolean isMessage(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml");
    }

    /**
     * The forms attached to {@code message}, each written into {@code into} under its own name (made safe).
     *
     * @throws UserError (exit 2) when the message cannot be read, or is too large
     */
    public static Opened open(Path message, Path into) {
        try {
            if (!Files.isRegularFile(message)) {
                throw new UserError("no file " + message);
            }
            if (Files.size(message) == 0) {
                throw new UserError(message + " is empty, so it is no saved email");
            }
            if (Files.size(message) > MAX_BYTES) {
                throw new UserError(message + " is over " + (MAX_BYTES >> 20) + " MB, far more than a reply with a form; it was not read");
            }
            try (InputStream in = Files.newInputStream(message)) {
                MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
                List<Path> forms = new ArrayList<>();
                List<String> ignored = new ArrayList<>();
                walk(mail, 0, into, forms, ignored);
                return new Opened(forms, ignored);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof UserError error) {
                throw error;
            }
            throw new UserError("cannot read " + message + " as an email: " + e.getMessage());
        }
    }

    private static void walk(Part part, int depth, Path into, List<Path> forms, List<String> ignored)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                walk(parts.getBodyPart(i), depth + 1, into, forms, ignored);
            }
            return;
        }
        String name = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName()).strip();
        if (name == null || name.isEmpty()) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".docx")) {
            ignored.add(name);
            return;
        }
        // Its own name, made safe for a file: whatever the sender wrote, the form stays in the folder.
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        // A folder of its own for each: two attachments may have one name.
        Path file = Files.createDirectories(into.resolve(String.valueOf(forms.size()))).resolve(safe);
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, file);
        }
        forms.add(file);
    }
}
