package dev.prevent.load;

/** A class a hostile plan names in a tag: if YAML loading ever instantiated it, the count would move. */
public class Tripwire {
    static int created;

    public Tripwire() {
        created++;
    }
}
