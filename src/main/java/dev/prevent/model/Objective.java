package dev.prevent.model;

import java.util.List;

/** One of the plan's strategic objectives, as read from its own file, with its actions in written order. */
public record Objective(String id, String name, String aim, String summary, List<Action> actions, SourceMap source) {

    public Objective {
        actions = List.copyOf(actions);
    }
}
