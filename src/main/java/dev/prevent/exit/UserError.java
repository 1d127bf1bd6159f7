package dev.prevent.exit;

/**
 * A mistake the user can fix (a missing folder, an unknown option value, a bad template):
 * carries the message to show and the exit code, and is turned into both once, at the top.
 */
public class UserError extends RuntimeException {

    private final ExitCode exitCode;

    /** A usage mistake: exit 2. */
    public UserError(String message) {
        this(message, ExitCode.USAGE, null);
    }

    public UserError(String message, ExitCode exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
