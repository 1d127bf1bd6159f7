package dev.prevent.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day questions are asked on; today when not given. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Answer as on this day: 2026-12-01, 01/12/2026 (day first) or 1 December 2026 (default: today).")
    private LocalDate asOf;

    LocalDate date() {
        return asOf != null ? asOf : Today.date();
    }
}
