package id.spbe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Module boundaries: feature packages, no cycles, entities kept in their module (public APIs: {@link ModuleApi}). */
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

	/** Each package's public types are those docs/architecture.md names ({@link ModuleApi}). */
	@ArchTest
	static void publicApisAreTheDocumentedOnes(JavaClasses classes) throws java.io.IOException {
		ModuleApi.check(classes);
	}

	/**
	 * Several instances serve one database (README "Running several nodes"): every scheduled job
	 * takes ShedLock's lock, so one instance runs it while the others skip that firing.
	 */
	@ArchTest
	static final ArchRule scheduledJobsRunOnOneInstance = methods().that()
			.areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class).should()
			.beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class).andShould().bePublic();

	@ArchTest
	static final ArchRule entitiesArePackagePrivate = classes().that().areAnnotatedWith(Entity.class).should()
			.notBePublic();

	@ArchTest
	static final ArchRule entitiesStayInTheirModule = classes().that().areAnnotatedWith(Entity.class)
			.should(new ArchCondition<JavaClass>("be used only inside their own package") {
				@Override
				public void check(JavaClass entity, ConditionEvents events) {
					entity.getDirectDependenciesToSelf().stream()
							.filter(d -> !d.getOriginClass().getPackageName().equals(entity.getPackageName()))
							.forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
				}
			});

	@ArchTest
	static final ArchRule reviewAndResultsDoNotReadTheSelfAssessment = noClasses().that()
			.resideInAnyPackage("id.spbe.review..", "id.spbe.results..").should().dependOnClassesThat()
			.resideInAPackage("id.spbe.selfassessment..");

	@ArchTest
	static final ArchRule theReadModelDependsOnNoPageModule = noClasses().that().resideInAPackage("id.spbe.worksheet..")
			.should().dependOnClassesThat().resideInAnyPackage("id.spbe.selfassessment..", "id.spbe.review..",
					"id.spbe.results..", "id.spbe.web..");
}
