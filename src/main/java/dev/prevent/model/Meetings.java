package dev.prevent.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Which days are the working group's meetings, for the year's trend and for "since the last meeting": the git tags
 * whose names match {@code tags} (a glob, as a shell matches file names), and where none does, the {@code days} that
 * plan.yaml lists. Never every day someone typed an update.
 *
 * @param tags a glob of tag names ({@value #TAGS} unless plan.yaml says otherwise)
 * @param days the meetings' days as plan.yaml lists them, oldest first
 */
public record Meetings(String tags, List<LocalDate> days) {

    /** The tags a plan's meetings are unless it says otherwise. */
    public static final String TAGS = "meeting-*";

    /** How a plan comes to have meetings, said wherever one is missing (the paper, list --trend, changes). */
    public static final String HOW_TO_ADD = "tag the plan at each meeting (git tag meeting-2026-11-21), or list the meetings' "
            + "days under 'meetings:' in plan.yaml";

    public Meetings {
        days = days.stream().sorted().distinct().toList();
    }

    /** What a plan that says nothing of its meetings has: tags named {@value #TAGS}. */
    public static Meetings byDefault() {
        return new Meetings(TAGS, List.of());
    }
}
