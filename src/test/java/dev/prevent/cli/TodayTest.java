package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TodayTest {

    /** The default --as-of: the same day java.time gives, where the clock is a day ahead of or behind UTC too. */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"})
    void isTheDayJavaTimeGivesInTheMachinesZone(String zone) {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            LocalDate expected = LocalDate.now();
            LocalDate today = Today.date();
            // A run across midnight may see the next day: never any other.
            assertThat(today).isBetween(expected, LocalDate.now());
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
