package dev.prevent.exit;

/** How a run of {@code prevent} ends, as the shell sees it. */
public enum ExitCode {
    /** Done, and nothing to report. */
    OK(0),
    /** The plan has errors (or warnings under --strict), or a --fail-if-any query matched. */
    PLAN_ERRORS(1),
    /** A usage error, a missing or unreadable path, a bad template. */
    USAGE(2),
    /** A fault in the tool itself, never in the user's input (sysexits' EX_SOFTWARE). */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }
}
