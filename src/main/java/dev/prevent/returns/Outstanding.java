package dev.prevent.returns;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.model.Update;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who has not replied: of the forms a request made, those whose agency has recorded no update of its actions since
 * the form was made, with its open actions and when it last reported.
 */
public final class Outstanding {

    private Outstanding() {
    }

    /**
     * An agency that has not replied.
     *
     * @param last when it last reported on any of its actions, if ever
     * @param open the ids of its open actions
     */
    public record Waiting(String code, String name, LocalDate requested, Optional<LocalDate> last, List<String> open) {
    }

    /** The forms in {@code folder} (the one a request wrote: .xlsx and .docx), and the agencies that have not replied. */
    public record Replies(int forms, List<Waiting> waiting) {
    }

    /**
     * The replies to the forms in {@code folder}.
     *
     * @throws UserError (exit 2) when the folder cannot be read or holds no form
     */
    public static Replies in(Path folder, Plan plan, LocalDate today) {
        List<Path> forms;
        try (java.util.stream.Stream<Path> listed = java.nio.file.Files.list(folder)) {
            forms = listed.filter(p -> p.getFileName().toString().matches("(?i).*\\.(xlsx|docx)$")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new UserError("cannot read the folder '" + folder + "': " + e.getMessage());
        }
        if (forms.isEmpty()) {
            throw new UserError("no forms in " + folder + "; it should be the folder prevent request wrote them into");
        }
        return new Replies(forms.size(), of(plan, forms, today));
    }

    /** The agencies of {@code forms} that have not reported since their form was made, in the forms' order. */
    static List<Waiting> of(Plan plan, List<Path> forms, LocalDate today) {
        // Each agency's actions, found in one pass over the plan, not one per form.
        Map<String, List<Action>> byAgency = new HashMap<>();
        plan.actions().forEach(a -> a.lead().forEach(code -> plan.agency(code)
                .ifPresent(agency -> byAgency.computeIfAbsent(agency.code(), k -> new ArrayList<>()).add(a))));
        List<Waiting> waiting = new ArrayList<>();
        for (Path form : forms) {
            ProgressReturn.Sent sent = ProgressReturn.sent(form, plan);
            Optional<Agency> agency = plan.agency(sent.agency());
            List<Action> led = agency.map(a -> byAgency.getOrDefault(a.code(), List.of())).orElse(List.of());
            Optional<LocalDate> last = led.stream().flatMap(a -> a.updates().stream()).map(Update::date).filter(Objects::nonNull)
                    .max(LocalDate::compareTo);
            if (last.isPresent() && !last.get().isBefore(sent.requested())) {
                continue;
            }
            List<String> open = led.stream().filter(a -> a.openOn(today, plan))
                    .map(Action::id).toList();
            waiting.add(new Waiting(sent.agency(), agency.map(Agency::name).orElse(""), sent.requested(), last, open));
        }
        return waiting;
    }
}
