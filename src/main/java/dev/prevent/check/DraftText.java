package dev.prevent.check;

/**
 * The text {@code prevent init} and {@code prevent import} write where only the council can write the real
 * thing: kept here, with the rule that finds it left unchanged, so that what they write and what the
 * {@code placeholder} rule looks for cannot drift apart.
 */
public final class DraftText {

    private DraftText() {
    }

    /** init's plan.yaml: the aims. */
    public static final String PLAN_AIMS = "What the plan is for, in a few paragraphs of Markdown.";
    /** init's plan.yaml: the title, before the area's name is in it. */
    public static final String PLAN_TITLE = "Prevent Delivery Plan";
    /** init's plan.yaml: its owner, before the council's own is written (import reads one from the document). */
    public static final String OWNER = "Community Safety Team";
    /** init's plan.yaml: the police, before the force has its name. */
    public static final String POLICE = "Police";
    /** init's plan.yaml: the council, before it has its name. */
    public static final String COUNCIL = "The council";
    /** What init --with-benchmarks writes in each benchmark's name, for the council to replace from its own copy. */
    public static final String BENCHMARK_NAME = "write its name from the council's copy";
    /** init's example action: its title and its text, both left as they were. */
    public static final String EXAMPLE_TITLE = "Partnership working group";
    public static final String EXAMPLE_ACTION = "Hold a Prevent working group with every partner each quarter.";
    /** init's example action: its notes. */
    public static final String NOTES = "Progress and comments, in Markdown.";
    /** The end of the aim import writes for an objective whose aim the table does not give. */
    public static final String AIM_TO_WRITE = "write the objective's aim here";

    /** The sentences that are draft text wherever they stand in a value: each searched for as written. */
    static final java.util.List<String> SENTENCES = java.util.List.of(PLAN_AIMS, NOTES, AIM_TO_WRITE);
}
