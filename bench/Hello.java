/** The JVM floor: what any Java command costs before it does anything. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
