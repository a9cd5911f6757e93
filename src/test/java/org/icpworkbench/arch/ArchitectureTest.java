package org.icpworkbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows pointing one way: app → gui → logic → model. */
@AnalyzeClasses(packages = "org.icpworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.icpworkbench.app..")
            .layer("Gui").definedBy("org.icpworkbench.gui..")
            .layer("Logic").definedBy("org.icpworkbench.logic..")
            .layer("Model").definedBy("org.icpworkbench.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Gui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Logic").mayOnlyBeAccessedByLayers("App", "Gui")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Gui", "Logic");

    @ArchTest
    static final ArchRule logicAndModelKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.icpworkbench.logic..", "org.icpworkbench.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses()
            .that().resideInAPackage("org.icpworkbench.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "com.fasterxml..", "org.flywaydb..", "org.h2..");

    @ArchTest
    static final ArchRule generatedCodeStaysInPersistence = noClasses()
            .that().resideOutsideOfPackage("org.icpworkbench.logic.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.icpworkbench.logic.persistence.generated..");

    @ArchTest
    static final ArchRule jooqStaysInLogic = noClasses()
            .that().resideInAnyPackage("org.icpworkbench.gui..", "org.icpworkbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..");

    @ArchTest
    static final ArchRule viewModelsTouchNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");

    @ArchTest
    static final ArchRule viewModelsLiveInGui = classes()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().resideInAPackage("org.icpworkbench.gui..");

    /** Features of the window never depend on each other in a circle (DialogService once closed one; ADR 0023). */
    @ArchTest
    static final ArchRule guiFeaturesAreFreeOfCycles = slices()
            .matching("org.icpworkbench.gui.(*)..")
            .should().beFreeOfCycles();
}
