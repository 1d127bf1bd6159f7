package dev.prevent.edit;

import dev.prevent.words.StatusWords;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.check.Validation;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.model.Timescale;
import dev.prevent.model.Update;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of editing: random updates and additions on randomly written plans (indentation, flow or
 * block lists, quoting, comments, CRLF, a byte-order mark, logs on lines, on one line, empty or none, keys left
 * blank, values as block texts, actions written on one line, a file without a final line break): the file
 * re-parses, the changed fields hold the new values, every other field of every action is unchanged, and the only
 * lines the edit removes are those of the values it replaces. 600 updates and 100 additions a run, seeded.
 */
class UpdatePropertyTest {

    static final LocalDate TODAY = LocalDate.of(2016, 3, 1);
    static final String PLAN = """
            title: Generated
            period: 2015/16
            statuses:
              - {key: red, label: Behind}
              - {key: amber, label: At risk}
              - {key: green, label: On target}
              - {key: done, label: Complete, closed: true}
            agencies:
              COLC: City of London Corporation
              COLP: City of London Police
              NHS: National Health Service
            """;
    static final String[] NOTES = {"Plain words", "Booked: all venues", "*emphasis* first", "#hash first", "it's quoted",
            "\"double\" quotes", "- looks like a list", "two\nlines", "three\n\nlines with a gap", "ends with a newline\n",
            " leading space", "tab\tinside", "ünïcödé and emoji 🙂", "yes", "1.10", "~", "null", "a: b: c", "[not a list]",
            "{not: a map}", "& not an anchor", "! not a tag", "% not a directive", "@at", "`back`", "trailing space "};
    /**
     * What an edit may remove: the lines of the values it replaces (a key, a list's lines, a block text's words), or
     * an action written on one line, which is rewritten in place.
     */
    static final Pattern REPLACED = Pattern.compile("^\\s*(- )?(status|lead|timescale|updates)\\s*:.*|^\\s*- (COLC|COLP|NHS)\\s*$"
            + "|^\\s*(red|amber|green)\\s*$|^\\s*- \\{id: .*\\}$"
            // A block text that ended the file without a line break says so in its header once lines follow it.
            + "|^\\s*notes: \\|$");

    @TempDir
    Path dir;

    @RepeatedTest(600)
    void aRandomUpdateChangesOnlyWhatItMust(RepetitionInfo repetition) throws Exception {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        boolean bom = random.nextInt(4) == 0;
        int actions = 1 + random.nextInt(4);
        String objective = objective(random, actions);
        Files.writeString(dir.resolve("plan.yaml"), PLAN);
        Path file = dir.resolve("objective-1.yaml");
        // A file saved without a final line break, now and then, as some editors save them.
        String saved = random.nextInt(5) == 0 ? objective.stripTrailing() : objective;
        Files.write(file, ((bom ? "\uFEFF" : "") + saved.replace("\n", newline)).getBytes(StandardCharsets.UTF_8));
        Plan before = Validation.of(dir, TODAY).validPlan();

        String id = "1." + (1 + random.nextInt(actions));
        String status = random.nextInt(4) == 0 ? null : new String[] {"red", "amber", "green", "Complete", "AT RISK"}[random.nextInt(5)];
        String note = random.nextInt(3) == 0 ? null : NOTES[random.nextInt(NOTES.length)];
        if (status == null && note == null) {
            note = NOTES[random.nextInt(NOTES.length)];
        }
        // Never after TODAY: no update may be dated in the future.
        LocalDate date = LocalDate.of(2015, 9, 1).plusDays(random.nextInt(182));
        List<String> leads = random.nextInt(4) == 0 ? List.of("COLP", "NHS").subList(0, 1 + random.nextInt(2)) : List.of();
        String timescale = random.nextInt(4) == 0 ? "Q" + (1 + random.nextInt(4)) + " 2015/16" : null;
        Changeset edited;
        try {
            edited = PlanEditor.of(dir, TODAY).update(new PlanEditor.Request(id, status, note, date, leads, timescale));
        } catch (RuntimeException e) {
            throw new AssertionError("update " + id + " " + status + " " + note + " " + date + " " + leads + " " + timescale
                    + " of\n" + objective, e);
        }
        Files.write(file, edited.file().after());

        Validation after = Validation.of(dir, TODAY);
        assertThat(after.errors()).as("%s%n%s", after.diagnostics(), new String(edited.file().after(), StandardCharsets.UTF_8)).isZero();
        Map<String, Action> was = before.actions().collect(Collectors.toMap(Action::id, Function.identity()));
        Map<String, Action> is = after.plan().actions().collect(Collectors.toMap(Action::id, Function.identity()));
        assertThat(is.keySet()).isEqualTo(was.keySet());
        for (String other : was.keySet()) {
            if (!other.equals(id)) {
                assertThat(fields(is.get(other))).isEqualTo(fields(was.get(other)));
            }
        }
        Action old = was.get(id);
        Action now = is.get(id);
        List<String> expectedUpdates = new ArrayList<>(old.updates().stream().map(UpdatePropertyTest::update).toList());
        String key = status == null ? null : StatusWords.resolve(before, status).key();
        int at = expectedUpdates.size();
        while (at > 0 && old.updates().get(at - 1).date().isAfter(date)) {
            at--;
        }
        expectedUpdates.add(at, date + "|" + key + "|" + note);
        if (key != null && old.status() != null && old.updates().stream().noneMatch(u -> u.status() != null)) {
            // A status set without a date is kept, from the plan's first day, when the first dated one arrives.
            LocalDate yearStart = Timescale.parseFinancialYear(before.period()).dueDate().orElseThrow().minusYears(1).plusDays(1);
            LocalDate kept = date.isBefore(yearStart) ? date : yearStart;
            int first = 0;
            while (first < old.updates().size() && !old.updates().get(first).date().isAfter(kept)) {
                first++;
            }
            expectedUpdates.add(first, kept + "|" + old.status() + "|Status before the log began, set without a date; kept for "
                    + "the days before");
        }
        assertThat(now.updates().stream().map(UpdatePropertyTest::update).toList()).isEqualTo(expectedUpdates);
        boolean newest = old.updates().stream().noneMatch(u -> u.date().isAfter(date));
        assertThat(now.status()).isEqualTo(key != null && newest ? key : old.status());
        assertThat(now.lead()).isEqualTo(leads.isEmpty() ? old.lead() : leads);
        assertThat(now.timescale() == null ? null : now.timescale().written())
                .isEqualTo(timescale != null ? timescale : old.timescale() == null ? null : old.timescale().written());
        assertThat(List.of(now.title(), now.action(), String.valueOf(now.notes()), now.successCriteria().toString()))
                .isEqualTo(List.of(old.title(), old.action(), String.valueOf(old.notes()), old.successCriteria().toString()));

        String text = new String(edited.file().after(), StandardCharsets.UTF_8);
        assertThat(text.startsWith("\uFEFF")).isEqualTo(bom);
        assertThat(newline.equals("\r\n") ? text.replace("\r\n", "").contains("\n") : text.contains("\r")).isFalse();
        List<String> added = edited.file().diff().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++"))
                .map(l -> l.substring(1).replace("\r", "")).toList();
        // A last line that had no line break is removed and added again with one: it is not changed.
        List<String> removed = edited.file().diff().lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))
                .map(l -> l.substring(1).replace("\r", "")).filter(l -> !added.contains(l)).toList();
        assertThat(removed).allSatisfy(line -> assertThat(line).matches(REPLACED));
    }

    @RepeatedTest(100)
    void aRandomAdditionAddsOneActionAndChangesNothingElse(RepetitionInfo repetition) throws Exception {
        Random random = new Random(repetition.getCurrentRepetition() * 104729L);
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        int actions = 1 + random.nextInt(4);
        String objective = objective(random, actions);
        Files.writeString(dir.resolve("plan.yaml"), PLAN);
        Path file = dir.resolve("objective-1.yaml");
        String saved = random.nextInt(5) == 0 ? objective.stripTrailing() : objective;
        Files.write(file, saved.replace("\n", newline).getBytes(StandardCharsets.UTF_8));
        Plan before = Validation.of(dir, TODAY).validPlan();
        String title = NOTES[random.nextInt(NOTES.length)].replace("\n", " ").strip();
        String text = NOTES[random.nextInt(NOTES.length)];
        List<String> leads = random.nextBoolean() ? List.of("NHS") : List.of();
        List<String> criteria = random.nextBoolean() ? List.of(NOTES[random.nextInt(NOTES.length)]) : List.of();

        Changeset added = PlanEditor.of(dir, TODAY).add("1", title.isEmpty() ? "T" : title, text, leads, "2016/17", criteria);
        Files.write(file, added.file().after());

        Validation after = Validation.of(dir, TODAY);
        assertThat(after.errors()).as("%s%n%s", after.diagnostics(), added.file().text()).isZero();
        Map<String, Action> was = before.actions().collect(Collectors.toMap(Action::id, Function.identity()));
        Map<String, Action> is = after.plan().actions().collect(Collectors.toMap(Action::id, Function.identity()));
        String id = "1." + (actions + 1);
        assertThat(is.keySet()).containsAll(was.keySet()).contains(id).hasSize(was.size() + 1);
        was.keySet().forEach(other -> assertThat(fields(is.get(other))).as(other).isEqualTo(fields(was.get(other))));
        Action made = is.get(id);
        assertThat(List.of(made.title(), made.action(), made.lead(), made.successCriteria(), made.timescale().written()))
                .isEqualTo(List.of(title.isEmpty() ? "T" : title, text, leads, criteria, "2016/17"));
        List<String> addedLines = added.file().diff().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++"))
                .map(l -> l.substring(1).replace("\r", "")).toList();
        assertThat(added.file().diff().lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))
                .map(l -> l.substring(1).replace("\r", "")).filter(l -> !addedLines.contains(l)))
                .as("nothing removed but a final block text's header").allSatisfy(l -> assertThat(l).matches("^\\s*notes: \\|$"));
    }

    private static String update(Update u) {
        return u.date() + "|" + u.status() + "|" + u.note();
    }

    private static List<Object> fields(Action a) {
        return List.of(a.title(), String.valueOf(a.theme()), a.action(), a.lead(), a.successCriteria(),
                String.valueOf(a.timescale() == null ? null : a.timescale().written()), a.resources(), String.valueOf(a.status()),
                String.valueOf(a.notes()), a.updates().stream().map(UpdatePropertyTest::update).toList());
    }

    /** An objective file written one of the many ways people write them. */
    private static String objective(Random random, int actions) {
        int indent = random.nextBoolean() ? 2 : 0;
        String dash = " ".repeat(indent);
        String key = dash + "  ";
        StringBuilder yaml = new StringBuilder("# generated objective\nid: \"1\"\nname: One\naim: Aim\nactions:\n");
        for (int i = 1; i <= actions; i++) {
            if (random.nextBoolean()) {
                yaml.append(dash).append("# action ").append(i).append('\n');
            }
            if (random.nextInt(8) == 0) {
                // The whole action on one line, its log too.
                yaml.append(dash).append("- {id: \"1.").append(i).append("\", title: Action ").append(i).append(", action: Do thing ")
                        .append(i).append(", lead: [COLC]").append(random.nextBoolean() ? ", timescale: 2015/16" : "")
                        .append(random.nextBoolean() ? ", status: red" : "")
                        .append(random.nextBoolean() ? ", updates: [{date: 2015-10-01, note: Update 0}]" : "").append("}\n");
                continue;
            }
            String quote = random.nextBoolean() ? "\"" : random.nextBoolean() ? "'" : "";
            yaml.append(dash).append("- id: ").append(quote).append("1.").append(i).append(quote).append('\n');
            yaml.append(key).append("title: Action ").append(i).append(random.nextBoolean() ? "  # a comment\n" : "\n");
            yaml.append(key).append("action: Do thing ").append(i).append('\n');
            switch (random.nextInt(4)) {
                case 0 -> yaml.append(key).append("lead: COLC\n");
                case 1 -> yaml.append(key).append("lead: [COLC, NHS]\n");
                case 2 -> yaml.append(key).append("lead:\n");
                default -> yaml.append(key).append("lead:\n").append(key).append(" ".repeat(indent)).append("- COLC\n");
            }
            switch (random.nextInt(3)) {
                case 0 -> yaml.append(key).append("timescale: 2015/16\n");
                case 1 -> yaml.append(key).append("timescale:\n");
                default -> {
                    // none
                }
            }
            String colour = new String[] {"red", "amber", "green"}[random.nextInt(3)];
            switch (random.nextInt(4)) {
                case 0 -> {
                    String q = random.nextBoolean() ? "\"" : "";
                    yaml.append(key).append("status: ").append(q).append(colour).append(q).append(random.nextBoolean() ? " # why\n" : "\n");
                }
                case 1 -> yaml.append(key).append("status:\n");
                case 2 -> yaml.append(key).append("status: >-\n").append(key).append("  ").append(colour).append('\n');
                default -> {
                    // not assessed
                }
            }
            if (random.nextBoolean()) {
                yaml.append(key).append("notes: |\n").append(key).append("  Some notes\n").append(key).append("  More notes\n");
                if (random.nextBoolean()) {
                    yaml.append('\n');
                }
            }
            switch (random.nextInt(3)) {
                case 0 -> {
                    yaml.append(key).append("updates:\n");
                    for (int u = 0; u < 1 + random.nextInt(3); u++) {
                        yaml.append(key).append(" ".repeat(indent)).append("- date: 2015-").append(10 + u).append("-0").append(1 + u)
                                .append('\n').append(key).append(" ".repeat(indent)).append("  note: Update ").append(u).append('\n');
                    }
                }
                case 1 -> yaml.append(key).append(random.nextBoolean() ? "updates: []\n"
                        : "updates: [{date: 2015-10-01, note: Update 0}, {date: 2015-11-02, note: \"Update: 1\"}]\n");
                default -> {
                    // no log
                }
            }
            if (random.nextBoolean()) {
                yaml.append('\n');
            }
        }
        if (random.nextBoolean()) {
            yaml.append("# the end\n");
        }
        return yaml.toString();
    }
}
