package dev.prevent.adopt;

import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits on an Office file's zip parts, set before any is opened. POI already refuses a part that inflates
 * more than a hundredfold; a part may also be no bigger than {@link #MAX_PART}, so that a 16 MB file cannot
 * become gigabytes of XML in memory. A Word plan's document part is a few megabytes at most.
 */
public final class OfficeZip {

    static final long MAX_PART = 64L << 20;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART);
    }

    private OfficeZip() {
    }

    /**
     * Why POI would not read a file, in the words of someone who saved it from Word or Excel, never the library's own
     * ("adjust ZipSecureFile.setMinInflateRatio()", "DOCTYPE is disallowed"): those name settings the user cannot
     * reach. A message not known here is its first line, which names the problem without a stack of advice.
     */
    public static String why(Exception e) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("inflate ratio") || lower.contains("max. ratio")) {
            return "it unpacks to far more than a real document does (a zip bomb?), so it was not read; if it is a real "
                    + "document, open it in Word or Excel and save it again";
        }
        if (lower.contains("tried to allocate an array") || lower.contains("maximum length for this record")) {
            return "part of it unpacks to far more than a real document holds (a zip bomb?), so it was not read; if it is a real "
                    + "document, open it in Word or Excel and save it again";
        }
        if (lower.contains("maxfilecount") || lower.contains("max file count") || lower.contains("too many entries")) {
            return "it holds more parts than a real document does, so it was not read; open it in Word or Excel and save it again";
        }
        if (lower.contains("wordprocessingml") && lower.contains("spreadsheetml")) {
            // XMLBeans' own words when a file's parts are of the other program: the file was renamed.
            return lower.indexOf("wordprocessingml") < lower.indexOf("spreadsheetml")
                    ? "it is a Word document, not an Excel workbook; was it renamed? Give it its .docx name again"
                    : "it is an Excel workbook, not a Word document; was it renamed? Give it its .xlsx name again";
        }
        if (lower.contains("is not a valid") && lower.contains("substitution")) {
            return "its parts are not those of the program its name says; open it in Word or Excel and save it again with its own "
                    + "file type";
        }
        if (lower.contains("doctype")) {
            return "its XML declares a DOCTYPE, which no file saved by Word or Excel has, so it was not read";
        }
        if (lower.contains("no valid entries") || lower.contains("not a zip") || lower.contains("zip file")
                || lower.contains("end header not found") || lower.contains("notofficexml")) {
            return "it is not a Word or Excel file (those are zip archives of XML); was it renamed?";
        }
        return message.lines().findFirst().orElse(message);
    }

    /** Makes sure the limits are set: a no-op after the first call. */
    public static void limited() {
        // The static initialiser has run by the time this returns.
    }
}
