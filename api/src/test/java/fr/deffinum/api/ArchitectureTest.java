package fr.deffinum.api;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.deffinum.application.laureate.LaureateView;
import org.axonframework.eventhandling.EventHandler;

/** The direction of the modules' dependencies: api → application → domain, api → infrastructure. */
@AnalyzeClasses(packages = "fr.deffinum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_is_plain_java_and_axon_modelling = classes()
            .that().resideInAPackage("fr.deffinum.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "fr.deffinum.domain..",
                    "org.axonframework.modelling..", "org.axonframework.eventsourcing..",
                    "org.axonframework.commandhandling..", "org.axonframework.serialization..");

    @ArchTest
    static final ArchRule the_domain_uses_no_spring_sql_jackson_or_http = noClasses()
            .that().resideInAPackage("fr.deffinum.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "com.fasterxml.jackson..", "jakarta.servlet..", "java.net.http..");

    @ArchTest
    static final ArchRule the_application_uses_no_sql_and_no_web = noClasses()
            .that().resideInAPackage("fr.deffinum.application..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                    "org.springframework.jdbc..", "org.springframework.web..", "jakarta.servlet..",
                    "fr.deffinum.infrastructure..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_api = noClasses()
            .that().resideOutsideOfPackage("fr.deffinum.api..")
            .should().dependOnClassesThat().resideInAPackage("fr.deffinum.api..");

    @ArchTest
    static final ArchRule the_domain_and_application_do_not_know_the_infrastructure = noClasses()
            .that().resideInAnyPackage("fr.deffinum.domain..", "fr.deffinum.application..")
            .should().dependOnClassesThat().resideInAPackage("fr.deffinum.infrastructure..");

    @ArchTest
    static final ArchRule sql_stays_in_the_infrastructure = noClasses()
            .that().resideInAPackage("fr.deffinum.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule event_handlers_are_those_of_the_read_models_in_the_infrastructure = methods()
            .that().areAnnotatedWith(EventHandler.class)
            .should().beDeclaredInClassesThat().resideInAPackage("fr.deffinum.infrastructure..")
            .andShould().beDeclaredInClassesThat()
            .implement("fr.deffinum.infrastructure.projection.ReplayableReadModel");

    /** A view is made by its own withers, or read back from its row by the read model. */
    @ArchTest
    static final ArchRule a_laureate_view_is_put_together_in_one_place = noClasses()
            .that().haveNameNotMatching("fr\\.deffinum\\.application\\.laureate\\.LaureateView(\\$.*)?")
            .and().doNotHaveFullyQualifiedName("fr.deffinum.infrastructure.laureate.LaureateReadModel")
            .should().callConstructorWhere(target(owner(equivalentTo(LaureateView.class))));
}
