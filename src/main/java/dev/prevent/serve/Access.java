package dev.prevent.serve;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may use the workspace: the browser that opened the address {@code prevent serve} printed. The token in that
 * address (new each start, 256 bits) is exchanged once for a session, kept in a cookie the page's scripts cannot read
 * and other sites never send (HttpOnly, SameSite=Strict); each session has its own form token, which every form
 * carries. Requests naming another host (DNS rebinding) or coming from another origin are refused.
 */
final class Access {

    /** The cookie that keeps a session. */
    static final String COOKIE = "prevent-session";
    /** The form field that carries a session's form token. */
    static final String CSRF = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token = random();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private int port;

    /** The token of the printed address. */
    String token() {
        return token;
    }

    void port(int port) {
        this.port = port;
    }

    /** Whether the Host header names this server on this machine: 127.0.0.1 or localhost, with its port. */
    boolean hostAllowed(String host) {
        return host != null && (host.equals("127.0.0.1:" + port) || host.equalsIgnoreCase("localhost:" + port));
    }

    /** Whether an Origin header, when the browser sent one, is this server's own. */
    boolean originAllowed(String origin) {
        return origin == null || origin.equals("http://127.0.0.1:" + port) || origin.equalsIgnoreCase("http://localhost:" + port);
    }

    /** A new session for the holder of the printed token, or none for any other token; compared in constant time. */
    Optional<String> exchange(String offered) {
        if (offered == null || !MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        String session = random();
        sessions.put(session, random());
        return Optional.of(session);
    }

    /** The form token of a session, or none for a cookie that names no session. */
    Optional<String> csrf(String session) {
        return session == null ? Optional.empty() : Optional.ofNullable(sessions.get(session));
    }

    /** Whether a form's token is its session's; compared in constant time. */
    static boolean sameToken(String expected, String offered) {
        return offered != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
