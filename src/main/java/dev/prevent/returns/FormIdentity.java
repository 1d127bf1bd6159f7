package dev.prevent.returns;

import dev.prevent.exit.UserError;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a returned form is from and for which round: as the form says of itself (its identity cells or properties) or,
 * when the program that saved it dropped both, as its first lines and its file's name say, listed as a guess. A form of
 * another plan or year is refused either way.
 *
 * @param requested the day the form was made, or null when that was guessed away (nothing visible says it)
 * @param due       the day it was to come back, or null when the form no longer says
 * @param guess     how the form was known, in words, when it had to be guessed; else null
 */
record FormIdentity(String agency, LocalDate requested, LocalDate meeting, LocalDate due, String guess) {

    /** "Progress return: City of London Police (COLP)", the form's first line. */
    private static final Pattern TITLE = Pattern.compile("Progress return: .*\\(([^()]+)\\)\\s*$");
    /** "..., 2015/16. For the working group meeting on 10 December 2026.", the form's second line. */
    private static final Pattern ROUND = Pattern.compile("^(.*)\\. For the working group meeting on (.+?)\\.?\\s*$");
    private static final Pattern DAY_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /**
     * The identity of {@code file}, from what it says of itself ({@code said}, by {@link ReturnForm#IDENTITY_NAMES})
     * or, when that is empty, guessed from its first line ({@code title}), its second ({@code round}) and its name.
     *
     * @param today the day a guessed form's meeting is taken to be when nothing says it
     * @throws UserError (exit 2) when it is another kind of file, a form of another plan, or no agency can be told
     */
    static FormIdentity of(Path file, Map<String, String> said, String title, String round, Plan plan, LocalDate today) {
        if (said.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
            return told(file, said, plan);
        }
        return guessed(file, title == null ? "" : title.strip(), round == null ? "" : round.strip(), plan, today);
    }

    private static FormIdentity told(Path file, Map<String, String> said, Plan plan) {
        if (!ReturnForm.FORM_KIND.equals(said.getOrDefault(ReturnForm.FORM, ""))) {
            throw new UserError(file + " is not a progress return made by prevent request, so nothing was read from it");
        }
        String title = said.getOrDefault(ReturnForm.PLAN, "");
        String period = said.getOrDefault(ReturnForm.PERIOD, "");
        if (!plan.title().equals(title) || !plan.period().equals(period)) {
            throw otherPlan(file, "'" + title + "', " + period, plan);
        }
        return new FormIdentity(ProgressReturn.present(file, said.get(ReturnForm.AGENCY), ReturnForm.AGENCY),
                ProgressReturn.day(file, said.get(ReturnForm.REQUESTED), ReturnForm.REQUESTED),
                ProgressReturn.day(file, said.get(ReturnForm.MEETING), ReturnForm.MEETING), due(said.get(ReturnForm.DUE)), null);
    }

    private static FormIdentity guessed(Path file, String title, String round, Plan plan, LocalDate today) {
        String name = file.getFileName().toString();
        Matcher line = ROUND.matcher(round);
        if (line.matches() && !line.group(1).strip().equals(plan.title() + ", " + plan.period())) {
            throw otherPlan(file, "'" + line.group(1).strip() + "'", plan);
        }
        Optional<Agency> agency = Optional.empty();
        String from = null;
        Matcher heading = TITLE.matcher(title);
        if (heading.find()) {
            agency = plan.agency(heading.group(1).strip());
            from = "its first line";
        }
        if (agency.isEmpty()) {
            // "COLP progress return 2026-12-10 (filled).xlsx": the name request gave it, or a code among its words.
            String[] words = name.replaceAll("\\.[A-Za-z]+$", "").split("[\\s_,()\\-]+");
            for (String word : words) {
                agency = word.isEmpty() ? Optional.empty() : plan.agency(word);
                if (agency.isPresent()) {
                    from = "its file's name";
                    break;
                }
            }
        }
        if (agency.isEmpty()) {
            throw new UserError(file + " is not a progress return made by prevent request, or the program that saved it dropped "
                    + "what says so, and neither its first line nor its name says which agency it is from, so nothing was read "
                    + "from it; if it is a partner's form, rename it to begin with the agency's code (as 'COLP progress "
                    + "return.xlsx') and give it again");
        }
        LocalDate meeting = null;
        String meetingFrom = null;
        if (line.matches()) {
            try {
                meeting = LocalDate.parse(line.group(2).strip(), LONG);
                meetingFrom = "its second line";
            } catch (DateTimeParseException notADay) {
                meeting = null;
            }
        }
        Matcher inName = DAY_IN_NAME.matcher(name);
        if (meeting == null && inName.find()) {
            try {
                meeting = LocalDate.parse(inName.group(1));
                meetingFrom = "its file's name";
            } catch (DateTimeParseException notADay) {
                meeting = null;
            }
        }
        String guess = "the form has lost what says it is a progress return (the program that saved it dropped it); it is read as "
                + agency.get().code() + "'s return, as " + from + " says";
        if (meeting == null) {
            meeting = today;
            guess += ", for a meeting today, as nothing in it says which";
        } else {
            guess += ", for the meeting on " + dev.prevent.output.LongDate.of(meeting) + ", as " + meetingFrom + " says";
        }
        return new FormIdentity(agency.get().code(), null, meeting, null, guess + "; check the answers before applying them");
    }

    /** The day a form was due back, when it still says: nothing is refused for want of it. */
    private static LocalDate due(String written) {
        try {
            return written == null || written.isBlank() ? null : LocalDate.parse(written.strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private static UserError otherPlan(Path file, String which, Plan plan) {
        return new UserError(file + " is a return for " + which + ", not for this plan ('" + plan.title() + "', " + plan.period()
                + "), so nothing was read from it");
    }
}
