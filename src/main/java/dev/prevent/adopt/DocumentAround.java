package dev.prevent.adopt;

import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a council's Word plan says above its table: its title (the title or first heading, else the first paragraph),
 * who owns it ("Plan owner: Jane Smith, Community Safety Manager"), and its RAG key ("Red – behind schedule; Amber –
 * at risk; Green – on track"), read for plan.yaml; any other paragraph is named as not read.
 *
 * @param title        the plan's title, or null
 * @param owner        who owns the plan, or null
 * @param descriptions each status's description by its key, from the key's words
 * @param unread       the paragraphs none of the above, as written
 */
record DocumentAround(String title, String owner, Map<String, String> descriptions, List<String> unread) {

    private static final Pattern OWNER = Pattern.compile("(?i)^(?:(?:the )?(?:plan|document|action plan|delivery plan) )?"
            + "(?:owner|owned by|lead officer|responsible officer|accountable officer|prepared by|author|contact|officer)\\s*[:–—-]?\\s+(.+)$");
    private static final String COLOURS = "red|amber|green|blue|grey|gray|black|purple|orange|yellow";
    /** A colour, then what it means: "Red – behind schedule", "Amber: at risk", "Green = on track". */
    private static final Pattern KEYED = Pattern.compile("(?i)\\b(" + COLOURS + ")\\s*(?:[-–—:=]|\\bis\\b|\\bmeans\\b)\\s*(.+?)"
            + "(?=\\s*(?:[;,.|]|\\b(?:" + COLOURS + ")\\s*(?:[-–—:=]|\\bis\\b|\\bmeans\\b))|\\s*$)");

    /** The paragraphs {@code above} the table (a heading's marked {@code "# "}), read against {@code plan}'s scale. */
    static DocumentAround of(List<String> above, Plan plan) {
        String title = null;
        String owner = null;
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<String> unread = new ArrayList<>();
        int titleAt = -1;
        for (int i = 0; i < above.size(); i++) {
            if (above.get(i).startsWith("# ")) {
                titleAt = i;
                break;
            }
        }
        if (titleAt < 0 && !above.isEmpty() && keyOf(above.get(0), plan).isEmpty() && !OWNER.matcher(above.get(0)).matches()
                && above.get(0).length() <= 200) {
            titleAt = 0;
        }
        for (int i = 0; i < above.size(); i++) {
            String paragraph = above.get(i).replaceFirst("^# ", "").strip();
            if (i == titleAt) {
                title = paragraph;
                continue;
            }
            Matcher owned = OWNER.matcher(paragraph);
            if (owner == null && owned.matches()) {
                owner = owned.group(1).strip().replaceAll("[.]$", "");
                continue;
            }
            Map<String, String> key = keyOf(paragraph, plan);
            if (key.size() >= 2) {
                key.forEach(descriptions::putIfAbsent);
                continue;
            }
            unread.add(paragraph);
        }
        return new DocumentAround(title, owner, descriptions, unread);
    }

    /** The statuses a RAG key's words describe, by key: each colour's words, onto the status shown in that colour. */
    private static Map<String, String> keyOf(String paragraph, Plan plan) {
        Map<String, String> key = new LinkedHashMap<>();
        Matcher keyed = KEYED.matcher(paragraph.replaceFirst("(?i)^(?:rag|progress|status)?\\s*(?:key|rating)?\\s*[:–—-]?\\s*", ""));
        while (keyed.find()) {
            String colour = keyed.group(1).toLowerCase(Locale.ROOT);
            Optional<Status> status = plan.statusNamed(colour);
            String words = keyed.group(2).strip();
            if (status.isPresent() && !words.isEmpty()) {
                key.putIfAbsent(status.get().key(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
            }
        }
        return key;
    }
}
