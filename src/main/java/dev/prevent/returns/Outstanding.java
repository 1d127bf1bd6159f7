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
 * Who has not replied: of the forms in a request's folder, those {@code returns} has not read (its ledger,
 * {@link FormsRead}), whatever else changed in the plan, with each agency's open actions and when it last reported. A
 * file that cannot be read as a form is listed with why, and the rest are counted all the same.
 */
public final class Outstanding {

    private Outstanding() {
    }

    /**
     * An agency that has not replied.
     *
     * @param form      the form it was sent
     * @param requested the day the form was made, or null when its form no longer says
     * @param meeting   the meeting the form is for
     * @param due       the day the form was due back, or null when it no longer says
     * @param last      when it last reported on any of its actions, if ever
     * @param open      the ids of its open actions
     */
    public record Waiting(String code, String name, Path form, LocalDate requested, LocalDate meeting, LocalDate due,
            Optional<LocalDate> last, List<String> open) {
    }

    /**
     * The forms in {@code folder} (the one a request wrote: .xlsx and .docx), the agencies that have not replied, and
     * the files that could not be read as forms, each with why.
     */
    public record Replies(int forms, List<Waiting> waiting, List<String> unreadable) {
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
        List<String> unreadable = new ArrayList<>();
        java.util.Set<FormsRead.Key> seen = new java.util.HashSet<>();
        List<Waiting> waiting = of(plan, forms, today, FormsRead.in(folder), unreadable, seen);
        // A reply saved beside its form is that form: the forms are counted by what they say they are, not by file.
        return new Replies(seen.size(), waiting, unreadable);
    }

    /**
     * The agencies of {@code forms} whose form has not been read ({@code read}), in the forms' order; a file that is
     * not a readable form goes to {@code unreadable} with why, and the others are still counted.
     */
    static List<Waiting> of(Plan plan, List<Path> forms, LocalDate today, java.util.Set<FormsRead.Key> read, List<String> unreadable) {
        return of(plan, forms, today, read, unreadable, new java.util.HashSet<>());
    }

    /** As {@link #of(Plan, List, LocalDate, java.util.Set, List)}, each distinct form (agency and round) added to {@code seen}. */
    static List<Waiting> of(Plan plan, List<Path> forms, LocalDate today, java.util.Set<FormsRead.Key> read, List<String> unreadable,
            java.util.Set<FormsRead.Key> seen) {
        // Each agency's actions, found in one pass over the plan, not one per form.
        Map<String, List<Action>> byAgency = new HashMap<>();
        plan.actions().forEach(a -> a.lead().forEach(code -> plan.agency(code)
                .ifPresent(agency -> byAgency.computeIfAbsent(agency.code(), k -> new ArrayList<>()).add(a))));
        List<Waiting> waiting = new ArrayList<>();
        for (Path form : forms) {
            ProgressReturn.Sent sent;
            try {
                sent = ProgressReturn.sent(form, plan, today);
            } catch (UserError notAForm) {
                unreadable.add(notAForm.getMessage());
                continue;
            } catch (RuntimeException broken) {
                unreadable.add(form + " could not be read as a form (" + broken.getClass().getSimpleName() + ")");
                continue;
            }
            Optional<Agency> agency = plan.agency(sent.agency());
            FormsRead.Key key = new FormsRead.Key(agency.map(Agency::code).orElse(sent.agency()), sent.requested(), sent.meeting());
            // A reply saved beside its form is the same form: one agency, one round, counted once.
            boolean first = seen.add(key);
            if (key.in(read) || !first) {
                continue;
            }
            List<Action> led = agency.map(a -> byAgency.getOrDefault(a.code(), List.of())).orElse(List.of());
            Optional<LocalDate> last = led.stream().flatMap(a -> a.updates().stream()).map(Update::date).filter(Objects::nonNull)
                    .max(LocalDate::compareTo);
            List<String> open = led.stream().filter(a -> a.openOn(today, plan)).map(Action::id).toList();
            waiting.add(new Waiting(sent.agency(), agency.map(Agency::name).orElse(""), form, sent.requested(), sent.meeting(), sent.due(),
                    last, open));
        }
        return waiting;
    }
}
