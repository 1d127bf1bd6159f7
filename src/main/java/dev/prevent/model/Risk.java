package dev.prevent.model;

import java.util.List;
import java.util.Locale;

/**
 * A priority of the local risk assessment, as the partnership publishes it: a key actions name under {@code risks:},
 * a short name, a rating in words (high, medium, low...) and the reference of the assessment it comes from. Never the
 * content of the police Counter-Terrorism Local Profile, which is protectively marked: only what the partnership
 * would publish.
 *
 * @param rating as written, or null; {@link #rank()} orders the usual words
 * @param reference the assessment it comes from (e.g. "Prevent risk assessment 2015/16, priority 2"), or null
 */
public record Risk(String key, String name, String rating, String reference) {

    /** The usual ratings, worst first: a rating not among them ranks after them all. */
    public static final List<String> RATINGS = List.of("critical", "very high", "high", "medium", "moderate", "low", "very low");

    /** Where the rating stands among {@link #RATINGS}, worst first; unknown and absent ratings last. */
    public int rank() {
        int at = rating == null ? -1 : RATINGS.indexOf(rating.strip().toLowerCase(Locale.ROOT));
        return at < 0 ? RATINGS.size() : at;
    }

    /** Whether {@code written} is this risk's key, by the rule for codes. */
    public boolean matches(String written) {
        return written != null && Code.same(key, written);
    }
}
