import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic, valid delivery plan for benchmarks: OBJECTIVES objective files of ACTIONS actions
 * each, with text of realistic length, every timescale form, leads, statuses and dated updates.
 * Deterministic (a fixed seed), so every run measures the same plan.
 *
 * <pre>java bench/GeneratePlan.java DIR OBJECTIVES ACTIONS</pre>
 */
public final class GeneratePlan {

    private static final String[] WORDS = ("consult work community groups raise awareness prevent liaison coordinators "
            + "risk management guest speakers venue hire agreements prayer spaces safeguarding protocols funding staff "
            + "partners training referral channel panel education health police probation council monitor record "
            + "feedback participants publicity briefings intelligence locations activities support advice").split(" ");
    private static final String[] TIMESCALES = {"2016-03-31", "2016-02", "2015/16", "2015-16", "2015/2016", "2015-2016",
            "Q1 2015/16", "Q2 2015/16", "Q3 2015/16", "Q4 2015/16", "ongoing", "2016-09-30", "2016/17"};
    private static final String[] STATUSES = {"red", "amber", "green", "complete"};
    private static final String[] DUTIES = {"partnership-group", "risk-assessment", "partnership-plan", "referral-pathway",
            "channel-panel", "training", "permissive-environments", "communications"};
    private static final String[] LEADS = {"COUNCIL", "POLICE", "NHS", "EDUCATION", "PROBATION", "ALL"};

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/GeneratePlan.java DIR OBJECTIVES ACTIONS-PER-OBJECTIVE");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int objectives = Integer.parseInt(args[1]);
        int actions = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        Random random = new Random(2015);
        Files.writeString(dir.resolve("plan.yaml"), """
                title: Synthetic Prevent Delivery Plan
                period: 2015/16
                version: "1.0"
                statuses:
                  - key: red
                    label: Behind
                    colour: "#d4351c"
                  - key: amber
                    label: At risk
                    colour: "#f47738"
                  - key: green
                    label: On target
                    colour: "#00703c"
                  - key: complete
                    label: Complete
                    colour: "#505a5f"
                    closed: true
                agencies:
                  ALL: All partners
                  COUNCIL: The council
                  POLICE: Police
                  NHS: NHS and public health
                  EDUCATION: Schools, colleges and universities
                  PROBATION: Probation
                duties:
                  partnership-group: Multi-agency partnership group
                  risk-assessment: Local risk assessment process
                  partnership-plan: Partnership plan
                  referral-pathway: Referral pathway
                  channel-panel: Channel panel
                  training: Training programme
                  permissive-environments: Reducing permissive environments
                  communications: Communications and engagement
                """);
        for (int o = 1; o <= objectives; o++) {
            try (Writer out = Files.newBufferedWriter(dir.resolve(String.format("objective-%04d.yaml", o)), StandardCharsets.UTF_8)) {
                out.write("id: \"" + o + "\"\nname: Objective " + o + "\naim: " + sentence(random, 14) + "\n");
                out.write("summary: |\n  " + sentence(random, 30) + "\nactions:\n");
                for (int a = 1; a <= actions; a++) {
                    out.write("  - id: \"" + o + "." + a + "\"\n");
                    out.write("    title: " + sentence(random, 4) + "\n");
                    out.write("    theme: Theme " + (a % 5 + 1) + "\n");
                    out.write("    action: >-\n      " + sentence(random, 20) + "\n      " + sentence(random, 20) + "\n");
                    out.write("    lead: [" + LEADS[random.nextInt(LEADS.length)] + (random.nextInt(4) == 0 ? ", "
                            + LEADS[random.nextInt(LEADS.length - 1)] : "") + "]\n");
                    out.write("    success_criteria:\n");
                    for (int c = 0; c < 3; c++) {
                        out.write("      - " + sentence(random, 10) + "\n");
                    }
                    out.write("    timescale: " + TIMESCALES[(o + a) % TIMESCALES.length] + "\n");
                    out.write("    resources: [Staff time, Funding]\n");
                    out.write("    duties: [" + DUTIES[(o + a) % DUTIES.length] + "]\n");
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    out.write("    status: " + status + "\n");
                    out.write("    notes: |\n      " + sentence(random, 25) + "\n      " + sentence(random, 25) + "\n");
                    out.write("    updates:\n");
                    int month = 4 + random.nextInt(6);
                    out.write("      - date: 2015-0" + month + "-1" + random.nextInt(10) + "\n        note: " + sentence(random, 8) + "\n");
                    out.write("      - date: 2015-1" + random.nextInt(3) + "-2" + random.nextInt(9) + "\n        status: " + status
                            + "\n        note: " + sentence(random, 8) + "\n");
                }
            }
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return text.append('.').toString();
    }
}
