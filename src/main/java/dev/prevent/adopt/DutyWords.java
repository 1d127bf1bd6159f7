package dev.prevent.adopt;

import dev.prevent.model.Duty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The duty areas an action's words suggest, for a file with no duty column: Channel → the Channel panel; training,
 * WRAP → training; referral → the referral pathway; venues, speakers, IT filtering → permissive environments;
 * campaigns, communications, engagement → communications; risk assessment, CTLP → risk assessment; board, steering
 * group, partnership → the partnership group. Cues are kept for the Home Office toolkit's eight areas (the keys
 * {@code prevent init} writes); an area of the plan's own is suggested when its whole name is written.
 */
final class DutyWords {

    private static final Map<String, String> TOOLKIT_CUES = new LinkedHashMap<>();

    static {
        TOOLKIT_CUES.put("partnership-group", "partnership board|partnership group|steering group|working group|board|partnership");
        TOOLKIT_CUES.put("risk-assessment", "risk assessment|ctlp|counter[- ]terrorism local profile|local profile");
        TOOLKIT_CUES.put("partnership-plan", "delivery plan|action plan|partnership plan");
        TOOLKIT_CUES.put("referral-pathway", "referrals?|refer|referring|pre-screening");
        TOOLKIT_CUES.put("channel-panel", "channel");
        TOOLKIT_CUES.put("training", "training|train|wrap|workshops?|e-learning");
        TOOLKIT_CUES.put("permissive-environments", "venues?|venue hire|speakers?|filtering|filters?|premises|prayer spaces?|"
                + "it equipment|internet|charities|fundraising");
        TOOLKIT_CUES.put("communications", "campaigns?|communications?|comms|engagement|publicity|media|awareness");
    }

    private final Map<Duty, Pattern> cues = new LinkedHashMap<>();

    DutyWords(List<Duty> duties) {
        for (Duty duty : duties) {
            String words = TOOLKIT_CUES.get(duty.key().toLowerCase(Locale.ROOT));
            String name = Pattern.quote(duty.name().toLowerCase(Locale.ROOT));
            cues.put(duty, Pattern.compile("\\b(?:" + (words == null ? name : words + "|" + name) + ")\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The keys of the areas the text names, in the plan's order. */
    List<String> guess(String text) {
        List<String> keys = new ArrayList<>();
        cues.forEach((duty, cue) -> {
            if (cue.matcher(text).find()) {
                keys.add(duty.key());
            }
        });
        return keys;
    }
}
