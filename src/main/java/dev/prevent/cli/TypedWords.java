package dev.prevent.cli;

import dev.prevent.output.Visible;
import dev.prevent.words.DayWords;
import dev.prevent.words.TimescaleWords;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Days and timescales as typed on the command line, read as import reads them ({@code 01/12/2026} is 1 December),
 * and said back on standard error when they were not in the format's own form ("read 01/12/2026 as 1 December
 * 2026"), so a misreading is seen before it counts. Registered by type, once, on the whole command line: each
 * holds the command line, whose error stream is the one the run prints to.
 */
final class TypedWords {

    private TypedWords() {
    }

    /** Every day option ({@code --as-of}, {@code --date}, {@code --due-before}). */
    static final class Day implements ITypeConverter<LocalDate> {
        private final CommandLine cli;

        Day(CommandLine cli) {
            this.cli = cli;
        }

        @Override
        public LocalDate convert(String value) {
            DayWords.Reading reading = DayWords.read(value, Today.date()).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a day; write " + DayWords.FORMS));
            said(cli, reading.how());
            return reading.day();
        }
    }

    /** A timescale given on the command line: as the plan writes it, or an error about the option itself. */
    record Timescale(String written) {
    }

    /** {@code --timescale}. */
    static final class TimescaleConverter implements ITypeConverter<Timescale> {
        private final CommandLine cli;

        TimescaleConverter(CommandLine cli) {
            this.cli = cli;
        }

        @Override
        public Timescale convert(String value) {
            if (TimescaleWords.toCome(value)) {
                throw new TypeConversionException("'" + value + "' says the time is not known yet; leave --timescale out "
                        + "until it is, and say so in a note");
            }
            TimescaleWords.Reading reading = TimescaleWords.read(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a timescale; write " + dev.prevent.model.Timescale.ACCEPTED_FORMS
                            + ", or a UK day such as 31/03/2027"));
            if (reading.guess() != null) {
                said(cli, reading.guess().replaceFirst("^time ", "timescale "));
            }
            return new Timescale(reading.timescale());
        }
    }

    /** Says how a typed value was read, when it was not already in the format's own form. */
    static void said(CommandLine cli, String how) {
        if (how != null) {
            cli.getErr().println("prevent: " + Visible.line(how));
            cli.getErr().flush();
        }
    }
}
