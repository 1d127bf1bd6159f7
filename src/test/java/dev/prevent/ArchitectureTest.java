package dev.prevent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.prevent.edit.Changeset;
import dev.prevent.output.OutputFile;
import java.nio.file.Files;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The promises the package-info files make, kept: dependencies point inward (cli, then what a command
 * does, then the questions and checks, then reading and writing, then the plan's values), and only
 * the command line knows picocli.
 */
@AnalyzeClasses(packages = "dev.prevent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = classes().that().resideInAPackage("dev.prevent.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.prevent.model..", "java..")
            .because("the plan's values are the centre every other package builds on");

    @ArchTest
    static final ArchRule exitDependsOnNothingOfOurs = classes().that().resideInAPackage("dev.prevent.exit..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.prevent.exit..", "java..");

    @ArchTest
    static final ArchRule onlyTheCommandLineKnowsPicocli = noClasses().that().resideOutsideOfPackage("dev.prevent.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the core is called by commands, not parsed by them");

    @ArchTest
    static final ArchRule outputKnowsNothingOfPlans = classes().that().resideInAPackage("dev.prevent.output..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("dev.prevent.model..", "dev.prevent.load..",
                    "dev.prevent.check..", "dev.prevent.query..", "dev.prevent.report..", "dev.prevent.history..",
                    "dev.prevent.adopt..", "dev.prevent.cli..")
            .because("answers hand it tables of text and JSON documents");

    /** Files' methods that change what is on disk. */
    private static final Set<String> WRITING = Set.of("write", "writeString", "newOutputStream", "newBufferedWriter",
            "newByteChannel", "move", "copy", "delete", "deleteIfExists", "createFile", "createDirectory", "createDirectories",
            "createTempFile", "createLink", "createSymbolicLink", "setPosixFilePermissions", "setAttribute", "setOwner");

    @ArchTest
    static final ArchRule onlyChangesetWritesPlanFiles = noClasses().that().resideInAnyPackage("dev.prevent.edit..",
                    "dev.prevent.adopt..", "dev.prevent.load..", "dev.prevent.check..", "dev.prevent.query..",
                    "dev.prevent.history..", "dev.prevent.model..")
            .and().doNotHaveFullyQualifiedName(Changeset.class.getName())
            .and().doNotHaveFullyQualifiedName("dev.prevent.edit.PlanLock")
            .and().doNotHaveFullyQualifiedName("dev.prevent.edit.Journal")
            .should().accessClassesThat().haveFullyQualifiedName(OutputFile.class.getName())
            .orShould().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a method of Files that writes") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(Files.class) && WRITING.contains(call.getName());
                }
            })
            .because("a plan file is written in one way: checked, all files or none, under the plan's lock (Changeset), a change "
                    + "a killed run left finished from its journal (Journal)");

    @ArchTest
    static final ArchRule historyOnlyReadsGit = noClasses().that().resideInAPackage("dev.prevent.history..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.jgit.api.CommitCommand")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.jgit.api.AddCommand")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.jgit.api.TagCommand")
            .because("what moved is read from git; a change is committed by the one write path, in edit");

    @ArchTest
    static final ArchRule commandsDoNotUseEachOther = noClasses().that().areAnnotatedWith(Command.class)
            .and().doNotHaveSimpleName("PreventCommand").and().doNotHaveSimpleName("WithEveryCommand")
            .should().dependOnClassesThat(DescribedPredicate.describe("another command class", (JavaClass target) ->
                    target.isAnnotatedWith(Command.class) && !target.getSimpleName().equals("PreventCommand")
                            && !target.getSimpleName().equals("WithEveryCommand")))
            .because("what two commands share is a mixin or the core, never one command calling another");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.prevent.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependenciesPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dev.prevent.cli..")
            .layer("serve").definedBy("dev.prevent.serve..")
            .layer("report").definedBy("dev.prevent.report..")
            .layer("history").definedBy("dev.prevent.history..")
            .layer("returns").definedBy("dev.prevent.returns..")
            .layer("adopt").definedBy("dev.prevent.adopt..")
            .layer("edit").definedBy("dev.prevent.edit..")
            .layer("check").definedBy("dev.prevent.check..")
            .layer("query").definedBy("dev.prevent.query..")
            .layer("words").definedBy("dev.prevent.words..")
            .layer("load").definedBy("dev.prevent.load..")
            .layer("output").definedBy("dev.prevent.output..")
            .layer("model").definedBy("dev.prevent.model..")
            .layer("exit").definedBy("dev.prevent.exit..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            // The web workspace is another way in beside the command line: the same core below both, never each other.
            .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "serve")
            // The paper shows what moved since the last meeting: report reads history, never the reverse.
            .whereLayer("history").mayOnlyBeAccessedByLayers("cli", "serve", "report")
            .whereLayer("returns").mayOnlyBeAccessedByLayers("cli", "serve")
            .whereLayer("adopt").mayOnlyBeAccessedByLayers("cli", "returns")
            // Import and init make their files as a Changeset, which lives with the other writers.
            .whereLayer("edit").mayOnlyBeAccessedByLayers("cli", "serve", "adopt", "returns")
            .whereLayer("check").mayOnlyBeAccessedByLayers("cli", "serve", "report", "history", "returns", "adopt", "edit")
            .whereLayer("query").mayOnlyBeAccessedByLayers("cli", "serve", "report", "history", "returns", "adopt", "edit")
            .whereLayer("words").mayOnlyBeAccessedByLayers("cli", "serve", "report", "history", "returns", "adopt", "edit", "check", "query")
            .whereLayer("load").mayOnlyBeAccessedByLayers("cli", "serve", "report", "history", "returns", "adopt", "edit", "check", "query")
            .whereLayer("output").mayOnlyBeAccessedByLayers("cli", "serve", "report", "history", "returns", "adopt", "edit", "check", "query",
                    "load");
}
