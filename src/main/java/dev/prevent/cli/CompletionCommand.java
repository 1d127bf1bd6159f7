package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code prevent generate-completion}: picocli's bash and zsh completion script for every command and
 * option, plus the values of the plan at hand after {@code --lead}, {@code --status} and {@code --objective},
 * which the script asks {@code prevent complete} for as the user types.
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true,
        header = "Print the completion script for bash and zsh.",
        description = {"Print the completion script for bash and zsh. It completes commands and options, and the "
                + "lead codes, status keys and objective ids of the plan it finds (--plan, $PREVENT_PLAN or ./plans)."},
        footer = {"", "Examples:", "  source <(prevent generate-completion)      # this shell; add it to ~/.bashrc to keep it"})
final class CompletionCommand implements Callable<Integer> {

    /** Offers the plan's values after the three options that take them; everything else is picocli's. */
    private static final String PLAN_VALUES = """

            # prevent: the values of the plan at hand after --lead, --status and --objective.
            function _prevent_plan_values() {
              local previous="${COMP_WORDS[COMP_CWORD-1]}" current="${COMP_WORDS[COMP_CWORD]}" plan=() i
              for ((i = 1; i < COMP_CWORD; i++)); do
                case "${COMP_WORDS[i]}" in
                  -p|--plan) plan=(--plan "${COMP_WORDS[i+1]}") ;;
                esac
              done
              case "$previous" in
                --lead|--status|--objective)
                  local IFS=$'\\n'
                  COMPREPLY=( $(compgen -W "$("${COMP_WORDS[0]}" complete "${previous#--}" "${plan[@]}" 2>/dev/null)" -- "$current") )
                  return 0 ;;
              esac
              _complete_prevent "$@"
            }
            complete -F _prevent_plan_values -o default prevent prevent.sh prevent.bash
            """;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("prevent", spec.root().commandLine()) + PLAN_VALUES);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
