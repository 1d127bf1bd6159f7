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
     * @param named   the full names a police force or a council was written by ("Lancashire Constabulary"), by the code
     *                of the plan's police or council agency they were read onto
     */
    record Reading(List<String> codes, List<String> guesses, List<String> unknown, List<String> prose, String owner,
            Map<String, String> named) {

        /** A cell that says there is no lead ("None", "N/A", "-"). */
        static final Reading NONE = new Reading(List.of(), List.of(), List.of(), List.of(), null, Map.of());
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
    private static final Set<String> JOINERS = Set.of("of", "the", "for", "and", "in", "on", "&", "with", "upon");
    /** A role in brackets after an agency: "Blackburn with Darwen BC (Channel Chair)". */
    private static final Pattern BRACKETED = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)\\s*");
    /** How a police force's name ends: "Lancashire Constabulary", "Thames Valley Police". */
    private static final Pattern FORCE = Pattern.compile("(?i).*\\b(constabulary|police|police service|police force)");
    /** How a council's name ends: "Blackburn with Darwen BC", "Eastbrook Borough Council", "Kent County Council". */
    private static final Pattern COUNCIL = Pattern.compile("(?i).*\\b(council|m?bc|dc|cc|borough|corporation)");

    private final Map<String, Agency> byWords = new HashMap<>();
    private final Map<String, Agency> byName = new HashMap<>();
    private final int longest;
    /** The plan's police and council agencies, by init's codes: a force's or a council's full name is read onto them. */
    private final Agency police;
    private final Agency council;

    LeadWords(List<Agency> agencies) {
        police = agencies.stream().filter(a -> a.code().equalsIgnoreCase("POLICE")).findFirst().orElse(null);
        council = agencies.stream().filter(a -> a.code().equalsIgnoreCase("COUNCIL")).findFirst().orElse(null);
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
        if (reader.codes.isEmpty() && reader.roleAlone != null && council != null) {
            // "Community Safety Officer": the council's own officer, so the council leads, the role its owner.
            reader.add(council);
            reader.guesses.add("'" + reader.roleAlone + "' is a council officer's role → " + council.code() + ", the role as owner");
        }
        return new Reading(reader.codes, reader.guesses, reader.unknown, reader.prose, reader.owner, reader.named);
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
        final Map<String, String> named = new java.util.LinkedHashMap<>();
        String owner;
        /** A role the cell gave with no agency and no person: the council's officer, when nothing else leads. */
        String roleAlone;

        void line(String written) {
            String line = written;
            Matcher bracketed = BRACKETED.matcher(line);
            if (bracketed.matches() && isRole(words(bracketed.group(2)))) {
                // The agency, then the role its officer has in brackets: the role is the owner.
                owner(bracketed.group(2).strip());
                line = bracketed.group(1).strip();
            }
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
                        if (roleAlone == null) {
                            roleAlone = role;
                        }
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
            Set<Integer> inName = joinsOneName(words);
            List<Object> piece = new ArrayList<>();
            for (int i = 0; i <= words.size(); i++) {
                if (i == words.size() || isSeparator(words.get(i)) && !inName.contains(i)) {
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

        /**
         * The "&" and "and" that join words into one name rather than two agencies: where the words on both sides are a
         * name's (capitals) and one side is no agency on its own, neither one the plan knows nor a proper name of two
         * words or more ("HR & Organisational Development" is one; "COLC & COLP" and "Police and Youth Service" two).
         */
        private Set<Integer> joinsOneName(List<String> words) {
            Set<Integer> joins = new java.util.HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (!word.equals("&") && !word.equalsIgnoreCase("and")) {
                    continue;
                }
                int from = i;
                while (from > 0 && !isSeparator(words.get(from - 1))) {
                    from--;
                }
                int to = i + 1;
                while (to < words.size() && !isSeparator(words.get(to))) {
                    to++;
                }
                List<String> left = words.subList(from, i);
                List<String> right = words.subList(i + 1, to);
                if (!left.isEmpty() && !right.isEmpty() && capitals(left) && capitals(right) && (!onItsOwn(left) || !onItsOwn(right))) {
                    joins.add(i);
                }
            }
            return joins;
        }

        private boolean onItsOwn(List<String> side) {
            int[] end = new int[1];
            return agencyAt(side, 0, end) != null && end[0] == side.size() || side.size() >= 2;
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
                if (found.get(0).agency() == police || found.get(0).agency() == council) {
                    named.putIfAbsent(found.get(0).agency().code(), whole);
                }
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
                if (isRole(run) && roleAlone == null) {
                    roleAlone = text;
                }
            } else if (capitals(run) && run.size() >= 2 && police != null && FORCE.matcher(text).matches()) {
                // A force by its own name ("Lancashire Constabulary") is the plan's police, which takes that name.
                add(police);
                guesses.add("'" + text + "' → " + police.code());
                named.putIfAbsent(police.code(), text);
            } else if (capitals(run) && run.size() >= 2 && council != null && COUNCIL.matcher(text).matches()) {
                add(council);
                guesses.add("'" + text + "' → " + council.code());
                named.putIfAbsent(council.code(), text);
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
        // "Head of Community Safety", "Director of Public Health": a role, then what it is over.
        if (words.size() > 2 && words.get(1).equalsIgnoreCase("of")
                && ROLES.contains(words.get(0).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""))) {
            return true;
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
