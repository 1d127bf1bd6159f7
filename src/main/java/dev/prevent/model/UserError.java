package dev.prevent.model;

/**
 * A mistake the user can fix (a missing folder, an unknown option value, a bad template):
 * carries the message to show and the exit code, and is turned into both once, at the top.
 */
public class UserError extends RuntimeException {

    /** Exit code for usage errors, missing or unreadable paths and bad templates. */
    public static final int USAGE = 2;
    /** Exit code for a plan with errors. */
    public static final int PLAN_ERRORS = 1;

    private final int exitCode;

    public UserError(String message) {
        this(message, USAGE, null);
    }

    public UserError(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
