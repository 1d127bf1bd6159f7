package dev.prevent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.prevent.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependenciesPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dev.prevent.cli..")
            .layer("report").definedBy("dev.prevent.report..")
            .layer("history").definedBy("dev.prevent.history..")
            .layer("adopt").definedBy("dev.prevent.adopt..")
            .layer("edit").definedBy("dev.prevent.edit..")
            .layer("check").definedBy("dev.prevent.check..")
            .layer("query").definedBy("dev.prevent.query..")
            .layer("load").definedBy("dev.prevent.load..")
            .layer("output").definedBy("dev.prevent.output..")
            .layer("model").definedBy("dev.prevent.model..")
            .layer("exit").definedBy("dev.prevent.exit..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            // The paper shows what moved since the last meeting: report reads history, never the reverse.
            .whereLayer("history").mayOnlyBeAccessedByLayers("cli", "report")
            .whereLayer("adopt").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("edit").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("check").mayOnlyBeAccessedByLayers("cli", "report", "history", "adopt", "edit")
            .whereLayer("query").mayOnlyBeAccessedByLayers("cli", "report", "history", "adopt", "edit")
            .whereLayer("load").mayOnlyBeAccessedByLayers("cli", "report", "history", "adopt", "edit", "check", "query")
            .whereLayer("output").mayOnlyBeAccessedByLayers("cli", "report", "history", "adopt", "edit", "check", "query", "load");
}
