package dev.prevent.output;

/** A column's heading and the width past which a terminal table cuts its text (0: never). */
public record Column(String name, int maxWidth) {

    public static Column of(String name) {
        return new Column(name, 0);
    }
}
