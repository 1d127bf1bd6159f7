package dev.prevent.adopt;

import dev.prevent.model.Agency;
import dev.prevent.model.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A LEAD cell as plans write it, read into the plan's agency codes: codes ({@code COLC/COLP}, {@code COLC & COLP}),
 * full names ({@code City of London Police}), one per line, or prose ({@code Police, Youth Service and district teams
 * – to support}; {@code Prevent Coordinator – Jane Smith}). The cell is split at {@code /}, {@code &}, {@code +},
 * {@code and}, commas, semicolons and line breaks, except inside an agency's own name ({@code NHS and public
 * health}: the longest run of words that is an agency's code or name wins, so a full name that contains another's
 * is matched whole, first). What is left is sorted: a role ({@code Prevent Coordinator}) and a person's name after
 * it give the action's owner; words in capitals ({@code Youth Service}) name an agency the plan lacks; other
 * words ({@code district teams}, {@code to support}) are prose, kept in the notes.
 */
final class LeadWords {

    /**
     * What a cell says.
     *
     * @param codes   the agencies, in the order written, each once
     * @param guesses each agency read from words that were not its code or its full name, for the user to check
     * @param unknown names written as an agency's (in capitals) that are no agency of the plan, as written
     * @param prose   words that name no agency and no person, as written
     * @param owner   the person accountable, {@code Jane Smith (Prevent Coordinator)}, or a role alone; or null
     */
    record Reading(List<String> codes, List<String> guesses, List<String> unknown, List<String> prose, String owner) {

        /** A cell that says there is no lead ("None", "N/A", "-"). */
        static final Reading NONE = new Reading(List.of(), List.of(), List.of(), List.of(), null);
    }

    private static final String SEPARATORS = "/&+,;";
    /** Words that end a role, not an agency's name. */
    private static final Set<String> ROLES = Set.of("coordinator", "co-ordinator", "officer", "manager", "lead", "head",
            "headteacher", "director", "chair", "principal", "teacher", "governor", "dsl", "deputy", "champion", "adviser",
            "advisor", "sergeant", "inspector", "spoc", "commissioner", "nurse", "practitioner", "clerk", "chief");
    /** Words that make a run of capitals an organisation, never a person. */
    private static final Set<String> ORGANISATION = Set.of("service", "services", "council", "police", "team", "teams",
            "forum", "trust", "board", "partnership", "group", "unit", "department", "school", "schools", "college",
            "university", "hospital", "panel", "network", "centre", "center", "authority", "office", "agency",
            "community", "health", "nhs", "association", "charity", "foundation", "commission", "project",
            "church", "mosque", "prison", "probation", "safeguarding", "adults", "children", "youth", "faith");
    private static final Pattern PERSON = Pattern.compile("(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Insp|Inspector|Sgt|"
            + "Sergeant|DS|DC|DI|PC|Supt|Prof|Rev)\\.?\\s+)?(?:\\p{Lu}[\\p{Ll}'’\\-]+|\\p{Lu}\\.?)"
            + "(?:\\s+(?:\\p{Lu}\\.?|\\p{Lu}[\\p{Ll}'’\\-]+)){1,3}");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)^(mr|mrs|ms|miss|mx|dr|cllr|councillor|insp|inspector|"
            + "sgt|sergeant|ds|dc|di|pc|supt|prof|rev)\\.?\\s.*");
    /** A dash with space around it, between an agency or role and words about it. */
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern OWNER_LINE = Pattern.compile("(?i)^\\s*(?:owner|lead officer|named officer)\\s*:\\s*(.+)$");
    private static final Set<String> JOINERS = Set.of("of", "the", "for", "and", "in", "on", "&");

    private final Map<String, Agency> byWords = new HashMap<>();
    private final Map<String, Agency> byName = new HashMap<>();
    private final int longest;

    LeadWords(List<Agency> agencies) {
        for (Agency agency : agencies) {
            byWords.putIfAbsent(key(words(agency.name())), agency);
            byName.putIfAbsent(key(words(agency.name())), agency);
        }
        for (Agency agency : agencies) {
            byWords.put(key(words(agency.code())), agency);
        }
        longest = agencies.stream().flatMap(a -> Stream.of(a.code(), a.name()))
                .mapToInt(name -> words(name).size()).max().orElse(1);
    }

    Reading read(String cell) {
        Reader reader = new Reader();
        for (String line : cell.split("\\s*(?:\\R|;)\\s*")) {
            if (!line.isBlank()) {
                reader.line(line.strip());
            }
        }
        return new Reading(reader.codes, reader.guesses, reader.unknown, reader.prose, reader.owner);
    }

    /** Whether words are a person's name: {@code Jane Smith}, {@code Cllr J. Khan}; never an organisation's. */
    static boolean isPerson(String text) {
        String t = text.strip();
        if (!PERSON.matcher(t).matches()) {
            return false;
        }
        return Stream.of(t.toLowerCase(Locale.ROOT).split("[\\s.]+")).noneMatch(ORGANISATION::contains);
    }

    private final class Reader {
        final List<String> codes = new ArrayList<>();
        final List<String> guesses = new ArrayList<>();
        final List<String> unknown = new ArrayList<>();
        final List<String> prose = new ArrayList<>();
        String owner;

        void line(String line) {
            Matcher ownerLine = OWNER_LINE.matcher(line);
            if (ownerLine.matches()) {
                owner(ownerLine.group(1).strip());
                return;
            }
            Matcher dash = DASH.matcher(line);
            if (dash.find()) {
                String head = line.substring(0, dash.start()).strip();
                String tail = line.substring(dash.end()).strip();
                if (isPerson(tail)) {
                    String role = roleAlone(head);
                    if (role != null) {
                        owner(tail + " (" + role + ")");
                        return;
                    }
                    names(head);
                    owner(tail);
                    return;
                }
                names(head);
                if (!tail.isEmpty() && Character.isLowerCase(tail.codePointAt(0))) {
                    prose.add(tail);
                } else {
                    names(tail);
                }
                return;
            }
            names(line);
        }

        private void owner(String who) {
            if (owner == null) {
                owner = who;
            } else if (!owner.contains(who)) {
                owner = owner + "; " + who;
            }
        }

        /** The words as a role and nothing else ({@code Prevent Coordinator}), or null. */
        private String roleAlone(String text) {
            List<String> words = words(text);
            return !words.isEmpty() && words.stream().noneMatch(LeadWords::isSeparator) && agencyAt(words, 0) == null
                    && isRole(words) ? text : null;
        }

        /** Agencies, roles, new names and prose in words between separators. */
        private void names(String text) {
            List<String> words = words(text);
            List<Object> piece = new ArrayList<>();
            for (int i = 0; i <= words.size(); i++) {
                if (i == words.size() || isSeparator(words.get(i))) {
                    piece(piece);
                    piece.clear();
                    continue;
                }
                int[] end = new int[1];
                Agency agency = agencyAt(words, i, end);
                if (agency != null) {
                    piece.add(new Found(agency, String.join(" ", words.subList(i, end[0]))));
                    i = end[0] - 1;
                } else {
                    piece.add(words.get(i));
                }
            }
        }

        private record Found(Agency agency, String phrase) {
        }

        /** One piece between separators: agencies found in it, and the words between them. */
        private void piece(List<Object> piece) {
            if (piece.isEmpty()) {
                return;
            }
            List<Found> found = piece.stream().filter(Found.class::isInstance).map(Found.class::cast).toList();
            List<String> others = piece.stream().filter(String.class::isInstance).map(String.class::cast).toList();
            String whole = String.join(" ", piece.stream().map(p -> p instanceof Found f ? f.phrase() : (String) p).toList());
            // A code written as a code (COLC) stands alone; a word that is a code only when read loosely (Probation for
            // PROBATION) is a word of a longer name.
            if (found.size() == 1 && !others.isEmpty() && capitals(others) && !isRole(others)
                    && !found.get(0).phrase().equals(found.get(0).agency().code())) {
                // "National Probation Service" is the plan's PROBATION, not PROBATION and two unknown leads.
                add(found.get(0).agency());
                guesses.add("'" + whole + "' → " + found.get(0).agency().code());
                return;
            }
            for (Found f : found) {
                add(f.agency());
                if (!Code.same(f.phrase(), f.agency().code()) && !byName.containsKey(key(words(f.phrase())))) {
                    guesses.add("'" + f.phrase() + "' → " + f.agency().code());
                }
            }
            List<String> run = new ArrayList<>();
            for (Object part : piece) {
                if (part instanceof String word) {
                    run.add(word);
                } else {
                    rest(run);
                }
            }
            rest(run);
        }

        private void rest(List<String> run) {
            if (run.isEmpty()) {
                return;
            }
            String text = String.join(" ", run);
            if (isRole(run) && capitals(run) || HONORIFIC.matcher(text).matches() && isPerson(text)) {
                owner(text);
            } else if (capitals(run)) {
                if (!unknown.contains(text)) {
                    unknown.add(text);
                }
            } else {
                prose.add(text);
            }
            run.clear();
        }

        private void add(Agency agency) {
            if (!codes.contains(agency.code())) {
                codes.add(agency.code());
            }
        }
    }

    private Agency agencyAt(List<String> words, int i) {
        return agencyAt(words, i, new int[1]);
    }

    /**
     * The agency whose code or name is the longest run of words from {@code i}; its end in {@code end[0]}. No
     * agency's name is longer than its longest name, so a cell of a thousand words costs a thousand short look-ups.
     */
    private Agency agencyAt(List<String> words, int i, int[] end) {
        for (int e = Math.min(words.size(), i + longest); e > i; e--) {
            Agency agency = byWords.get(key(words.subList(i, e)));
            if (agency != null) {
                end[0] = e;
                return agency;
            }
        }
        return null;
    }

    private static boolean isRole(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
        return ROLES.contains(last) || last.endsWith("s") && ROLES.contains(last.substring(0, last.length() - 1));
    }

    /** Whether every word begins with a capital or a digit, but the small words inside a name ({@code City of London}). */
    private static boolean capitals(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int first = word.codePointAt(0);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first) && word.length() == 1;
            if (!capital && (i == 0 || !JOINERS.contains(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(String word) {
        return word.length() == 1 && SEPARATORS.indexOf(word.charAt(0)) >= 0 || word.equalsIgnoreCase("and")
                || word.equals("\n");
    }

    /** The words of a text, each separator its own word, so that {@code COLC/COLP} is three. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = SEPARATORS.indexOf(c) >= 0 || c == '\n';
            if (Character.isWhitespace(c) && c != '\n' || separator) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (separator) {
                    words.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
