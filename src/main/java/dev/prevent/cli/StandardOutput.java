package dev.prevent.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Standard output that remembers why a write failed: {@code System.out} swallows the error, and a run whose
 * answer was lost (a full disk) must not exit 0, while one whose reader simply stopped reading
 * ({@code prevent list | head -1}) should end as quietly as git or grep do.
 */
final class StandardOutput extends FilterOutputStream {

    private IOException failure;

    StandardOutput() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    StandardOutput(OutputStream out) {
        super(out);
    }

    /** The encoding the terminal expects, as the JVM chose it for System.out. */
    static Charset charset() {
        return charset("sun.stdout.encoding");
    }

    /** The encoding the JVM chose for a console stream ({@code sun.stdout.encoding}, {@code sun.stderr.encoding}). */
    static Charset charset(String property) {
        String console = System.getProperty(property);
        return console != null && Charset.isSupported(console) ? Charset.forName(console) : Charset.defaultCharset();
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    private IOException remembered(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Whether a write failed for a reason other than the reader going away. */
    boolean lost() {
        return failure != null && !readerStopped();
    }

    /** Whether the reader of a pipe stopped reading (EPIPE). */
    boolean readerStopped() {
        return failure != null && String.valueOf(failure.getMessage()).contains("Broken pipe");
    }
}
