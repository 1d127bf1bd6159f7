package dev.prevent.adopt;

import java.util.Locale;
import java.util.Optional;

    /** The columns of a delivery-plan spreadsheet, recognised by their headings whatever the case, spacing or punctuation. */
public enum SheetHeading {
        ACTION, LEAD, SUCCESS_CRITERIA, TIMESCALE, RESOURCES, PROGRESS, COMMENTS, DUTY;

        static Optional<SheetHeading> of(String heading) {
            String letters = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (letters.startsWith("comment")) {
                return Optional.of(COMMENTS);
            }
            if (letters.startsWith("progress") || letters.equals("status") || letters.equals("rag")) {
                return Optional.of(PROGRESS);
            }
            return switch (letters) {
                case "action", "actions" -> Optional.of(ACTION);
                case "lead", "leads", "leadagency" -> Optional.of(LEAD);
                case "successcriteria" -> Optional.of(SUCCESS_CRITERIA);
                case "time", "timescale", "timescales", "deadline" -> Optional.of(TIMESCALE);
                case "resources", "resource" -> Optional.of(RESOURCES);
                case "duty", "duties", "dutyarea", "guidance", "benchmark", "area", "areas" -> Optional.of(DUTY);
                default -> Optional.empty();
            };
        }
    }
