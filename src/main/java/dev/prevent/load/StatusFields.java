package dev.prevent.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Each action's {@code status} field in one objective file, read from the YAML parser's events alone: no tree, no
 * checks, no actions built. For the history of a plan, where every revision of every file that changed is read only
 * to know what its status fields said; the file's problems are the loader's business when it is the plan of the day.
 */
public final class StatusFields {

    private StatusFields() {
    }

    /** A collection open in the event stream: a mapping waiting for a key or a value, or a list; and the key it is under. */
    private static final class Open {
        final boolean mapping;
        final String under;
        boolean expectingKey = true;
        String key;
        String id;
        String status;
        boolean hasId;

        Open(boolean mapping, String under) {
            this.mapping = mapping;
            this.under = under;
        }
    }

    /**
     * The status field of each action of the objective file {@code file}, by id (null: the action writes none); empty
     * when the file cannot be read as YAML, or is too large to be a plan file. Of two actions with one id, the first.
     */
    public static Optional<Map<String, String>> of(PlanFiles files, Path file) {
        Optional<String> text = YamlFile.text(files, file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setCodePointLimit(YamlFile.MAX_BYTES)
                .setBufferSize(1 << 16).build();
        Map<String, String> statuses = new HashMap<>();
        Deque<Open> open = new ArrayDeque<>();
        try {
            for (Event event : new Parse(settings).parseReader(new WholeCharacters(text.get()))) {
                switch (event.getEventId()) {
                    case MappingStart, SequenceStart -> {
                        if (open.size() >= YamlFile.MAX_DEPTH) {
                            return Optional.empty();
                        }
                        Open parent = open.peek();
                        String under = parent != null && parent.mapping && !parent.expectingKey ? parent.key : null;
                        open.push(new Open(event.getEventId() == Event.ID.MappingStart, under));
                    }
                    case MappingEnd, SequenceEnd -> {
                        Open closed = open.pop();
                        if (open.size() == 2 && isAction(closed, open.peekFirst()) && closed.hasId && !statuses.containsKey(closed.id)) {
                            statuses.put(closed.id, closed.status);
                        }
                        valueDone(open.peek());
                    }
                    case Scalar -> {
                        Open at = open.peek();
                        if (at == null || !at.mapping) {
                            break;
                        }
                        String value = ((ScalarEvent) event).getValue();
                        if (at.expectingKey) {
                            at.key = value;
                            at.expectingKey = false;
                            break;
                        }
                        if (open.size() == 3 && isAction(at, second(open))) {
                            if ("id".equals(at.key)) {
                                at.id = value.strip();
                                at.hasId = true;
                            } else if ("status".equals(at.key)) {
                                at.status = value.isBlank() ? null : value.strip();
                            }
                        }
                        valueDone(at);
                    }
                    case Alias -> valueDone(open.peek());
                    default -> {
                        // stream and document marks, comments: nothing to read
                    }
                }
            }
        } catch (YamlEngineException | IllegalStateException | java.util.NoSuchElementException unreadable) {
            return Optional.empty();
        }
        return Optional.of(statuses);
    }

    /** An action's mapping: a mapping in the list under the top mapping's {@code actions}. */
    private static boolean isAction(Open mapping, Open list) {
        return mapping.mapping && list != null && !list.mapping && "actions".equals(list.under);
    }

    /** The collection just outside the innermost one. */
    private static Open second(Deque<Open> open) {
        var above = open.iterator();
        above.next();
        return above.next();
    }

    /** A mapping whose value is read waits for its next key. */
    private static void valueDone(Open at) {
        if (at != null && at.mapping) {
            at.expectingKey = true;
        }
    }
}
