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
 * A partner's reply saved from a mail program ({@code .eml}, as most save one; {@code .msg}, as Outlook does): the
 * forms attached to it (Excel or Word), each taken out to be read as if given on its own; any other attachment is named
 * and left. The same bounds as a form's hold: the message is refused past {@link #MAX_BYTES}, and each form is read by
 * {@link ProgressReturn} with its own limits.
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
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".msg");
    }

    private static boolean isOutlook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".msg");
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
            if (isOutlook(message)) {
                return outlook(message, into);
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
            throw new UserError("cannot read " + message + " as an email" + (isOutlook(message) ? " saved by Outlook" : "") + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** An Outlook message: its attachments, and those of a message attached to it, as far as {@link #MAX_DEPTH}. */
    private static Opened outlook(Path message, Path into) throws IOException {
        List<Path> forms = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        try (InputStream in = Files.newInputStream(message);
             org.apache.poi.poifs.filesystem.POIFSFileSystem ole = new org.apache.poi.poifs.filesystem.POIFSFileSystem(in)) {
            outlook(new org.apache.poi.hsmf.MAPIMessage(ole), 0, into, forms, ignored);
        } catch (org.apache.poi.poifs.filesystem.NotOLE2FileException | org.apache.poi.poifs.filesystem.OfficeXmlFileException e) {
            throw new UserError(message + " is not an Outlook message (.msg), so nothing was read from it; was it renamed?");
        }
        return new Opened(forms, ignored);
    }

    private static void outlook(org.apache.poi.hsmf.MAPIMessage mail, int depth, Path into, List<Path> forms, List<String> ignored)
            throws IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (org.apache.poi.hsmf.datatypes.AttachmentChunks attachment : mail.getAttachmentFiles()) {
            if (attachment.isEmbeddedMessage()) {
                outlook(attachment.getEmbeddedMessage(), depth + 1, into, forms, ignored);
                continue;
            }
            var named = attachment.getAttachLongFileName() != null ? attachment.getAttachLongFileName() : attachment.getAttachFileName();
            byte[] data = attachment.getEmbeddedAttachmentObject();
            if (named == null || named.getValue() == null || named.getValue().isBlank() || data == null) {
                continue;
            }
            attached(named.getValue().strip(), new java.io.ByteArrayInputStream(data), into, forms, ignored);
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
        try (InputStream in = part.getInputStream()) {
            attached(name, in, into, forms, ignored);
        }
    }

    /** One attachment: a form is written into its own folder under {@code into}; any other is named in {@code ignored}. */
    private static void attached(String name, InputStream content, Path into, List<Path> forms, List<String> ignored) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".docx")) {
            ignored.add(name);
            return;
        }
        // Its own name, made safe for a file: whatever the sender wrote, the form stays in the folder.
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        // A folder of its own for each: two attachments may have one name.
        Path file = Files.createDirectories(into.resolve(String.valueOf(forms.size()))).resolve(safe);
        // No more than a form may be: a larger attachment is cut there, and its reading refuses it as too large.
        try (InputStream in = org.apache.commons.io.input.BoundedInputStream.builder().setInputStream(content)
                .setMaxCount(ProgressReturn.MAX_BYTES + 1).get()) {
            Files.copy(in, file);
        }
        forms.add(file);
    }
}
