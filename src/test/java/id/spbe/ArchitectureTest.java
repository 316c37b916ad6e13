package id.spbe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Module boundaries: feature packages, no cycles, small public APIs. */
@AnalyzeClasses(packages = "id.spbe", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("id.spbe.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(Controller.class)
			.or().areAnnotatedWith(RestController.class).should().notBePublic();

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that().areAssignableTo(Repository.class)
			.should().notBePublic();

	@ArchTest
	static final ArchRule instrumentsDependOnNoOtherFeature = noClasses().that().resideInAPackage("id.spbe.instrument..")
			.should().dependOnClassesThat().resideInAnyPackage("id.spbe.agency..", "id.spbe.user..", "id.spbe.evaluation..",
					"id.spbe.setup..", "id.spbe.web..");

	@ArchTest
	static final ArchRule onlySetupSeedsData = noClasses().that().resideOutsideOfPackages("id.spbe.setup..")
			.should().dependOnClassesThat().resideInAPackage("id.spbe.setup..");

	@ArchTest
	static final ArchRule entitiesStayInTheirModule = noClasses().that().resideInAPackage("id.spbe.web..")
			.should().dependOnClassesThat().areAnnotatedWith(Entity.class).allowEmptyShould(true);
}
