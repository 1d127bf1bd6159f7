package dev.prevent.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A set of items a partnership is held to account against (the Home Office toolkit's eight areas, the assurance
 * benchmarks a council agrees with the Home Office), as plan.yaml declares it: an id actions name under
 * {@code serves:}, its name, where it comes from (title, issuer, date: any may be null) and its items. The toolkit's
 * areas, plan.yaml's {@code duties:}, are the framework {@link #TOOLKIT}.
 */
public record Framework(String id, String name, String title, String issuer, LocalDate date, List<Duty> items) {

    /** The id of the framework plan.yaml's {@code duties:} declares, and that an action's {@code duties:} serves. */
    public static final String TOOLKIT = "toolkit";

    public Framework {
        items = List.copyOf(items);
    }

    /** The toolkit framework of the areas plan.yaml's {@code duties:} lists. */
    public static Framework toolkit(List<Duty> duties) {
        return new Framework(TOOLKIT, "Prevent duty toolkit areas", "Prevent duty toolkit for local authorities and partners",
                "Home Office", null, duties);
    }

    /** The item a key names, matched as codes are. */
    public Optional<Duty> item(String key) {
        return items.stream().filter(item -> item.matches(key)).findFirst();
    }

    /** Whether {@code written} is this framework's id, by the rule for codes. */
    public boolean matches(String written) {
        return written != null && Code.same(id, written);
    }
}
