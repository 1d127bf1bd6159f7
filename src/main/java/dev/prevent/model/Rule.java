package dev.prevent.model;

/** Every rule a plan is checked against, with its id as printed and its severity (the format's table). */
public enum Rule {
    YAML_SYNTAX("yaml-syntax", Severity.ERROR),
    DUPLICATE_KEY("duplicate-key", Severity.ERROR),
    UNKNOWN_KEY("unknown-key", Severity.ERROR),
    MISSING_KEY("missing-key", Severity.ERROR),
    WRONG_TYPE("wrong-type", Severity.ERROR),
    DUPLICATE_ID("duplicate-id", Severity.ERROR),
    UNKNOWN_LEAD("unknown-lead", Severity.ERROR),
    UNKNOWN_STATUS("unknown-status", Severity.ERROR),
    BAD_TIMESCALE("bad-timescale", Severity.ERROR),
    BAD_DATE("bad-date", Severity.ERROR),
    NO_PLAN_FILE("no-plan-file", Severity.ERROR),
    MISSING_LEAD("missing-lead", Severity.WARNING),
    MISSING_STATUS("missing-status", Severity.WARNING),
    MISSING_TIMESCALE("missing-timescale", Severity.WARNING),
    PLACEHOLDER("placeholder", Severity.WARNING),
    UPDATE_ORDER("update-order", Severity.WARNING),
    FUTURE_UPDATE("future-update", Severity.WARNING),
    STALE_STATUS("stale-status", Severity.WARNING),
    UNLOGGED_STATUS("unlogged-status", Severity.WARNING),
    EMPTY_OBJECTIVE("empty-objective", Severity.WARNING),
    CONTROL_CHARACTER("control-character", Severity.WARNING),
    YAML_ANCHOR("yaml-anchor", Severity.WARNING),
    LIST_IN_TEXT("list-in-text", Severity.WARNING),
    SYMLINK("symlink", Severity.ERROR),
    UNKNOWN_DUTY("unknown-duty", Severity.ERROR),
    TOO_MANY("too-many", Severity.ERROR),
    UNCOVERED_DUTY("uncovered-duty", Severity.WARNING),
    UNKNOWN_RISK("unknown-risk", Severity.ERROR),
    BAD_CODE("bad-code", Severity.ERROR),
    UNADDRESSED_RISK("unaddressed-risk", Severity.WARNING),
    BAD_RATING("bad-rating", Severity.ERROR),
    BAD_EVIDENCE("bad-evidence", Severity.ERROR),
    UNEVIDENCED_RATING("unevidenced-rating", Severity.WARNING),
    WEAK_EVIDENCE("weak-evidence", Severity.WARNING),
    STALE_ASSESSMENT("stale-assessment", Severity.WARNING),
    UNRATED_ITEM("unrated-item", Severity.WARNING);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }
}
