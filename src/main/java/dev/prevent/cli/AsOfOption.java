package dev.prevent.cli;

import java.time.LocalDate;
import dev.prevent.model.IsoDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of DATE}: the day questions are asked on; today when not given. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Answer as on this day, YYYY-MM-DD (default: today).")
    private LocalDate asOf;

    LocalDate date() {
        return asOf != null ? asOf : LocalDate.now();
    }

    /** Reads a YYYY-MM-DD day with a message that says how to write one. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return IsoDate.parse(value);
            } catch (IsoDate.NotADate e) {
                throw new TypeConversionException("'" + value + "' is not a date; write YYYY-MM-DD, e.g. 2016-04-01");
            }
        }
    }
}
