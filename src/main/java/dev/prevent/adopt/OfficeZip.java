package dev.prevent.adopt;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits on an Office file's zip parts, set before any is opened. POI already refuses a part that inflates
 * more than a hundredfold; a part may also be no bigger than {@link #MAX_PART}, so that a 16 MB file cannot
 * become gigabytes of XML in memory. A Word plan's document part is a few megabytes at most.
 */
final class OfficeZip {

    static final long MAX_PART = 64L << 20;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART);
    }

    private OfficeZip() {
    }

    /** Makes sure the limits are set: a no-op after the first call. */
    static void limited() {
        // The static initialiser has run by the time this returns.
    }
}
