package dev.prevent.query;

import dev.prevent.model.Action;
import dev.prevent.model.Code;
import dev.prevent.model.Agency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actions each of a plan's agencies leads, in plan order, found in one pass over the actions: a
 * pass per agency is quadratic in a national roll-up. Lead codes match as {@link Code#key} says.
 */
public final class ActionsByLead {

    private ActionsByLead() {
    }

    /** Each agency's code, in the plan's order, with the actions it leads (none: an empty list). */
    public static Map<String, List<Action>> of(List<Agency> agencies, Iterable<Action> actions) {
        Map<String, List<Action>> byCode = new LinkedHashMap<>();
        // Codes the same but for case (COLP, colp) are two agencies that each lead what either names.
        Map<String, List<List<Action>>> byKey = new HashMap<>();
        for (Agency agency : agencies) {
            if (!byCode.containsKey(agency.code())) {
                List<Action> led = new ArrayList<>();
                byCode.put(agency.code(), led);
                byKey.computeIfAbsent(Code.key(agency.code()), key -> new ArrayList<>()).add(led);
            }
        }
        for (Action action : actions) {
            for (String lead : action.lead()) {
                for (List<Action> led : byKey.getOrDefault(Code.key(lead), List.of())) {
                    // An action that names the same lead twice is counted once.
                    if (led.isEmpty() || led.get(led.size() - 1) != action) {
                        led.add(action);
                    }
                }
            }
        }
        return byCode;
    }
}
