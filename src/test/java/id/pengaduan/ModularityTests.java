package id.pengaduan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The module graph of docs/architecture.md: no cycles, no reaching into another module's
 * internals, no dependency a module did not declare in its {@code package-info.java}, and
 * Camunda only in {@code workflow} and {@code identity} (so a move to the Operaton fork
 * stays a rename in two packages).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PengaduanApplication.class);

	static final ArchRule ONLY_WORKFLOW_AND_IDENTITY_IMPORT_CAMUNDA = noClasses().that()
		.resideInAPackage("id.pengaduan..")
		.and()
		.resideOutsideOfPackages("id.pengaduan.workflow..", "id.pengaduan.identity..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda..")
		.because("only workflow and identity may know the engine (docs/architecture.md)");

	@Test
	void modulesOnlyUseWhatTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void everyModuleDeclaresItsDependencies() {
		MODULES.forEach((module) -> {
			ApplicationModule declared = AnnotatedElementUtils
				.findMergedAnnotation(packageInfo(module.getBasePackage().getName()), ApplicationModule.class);
			assertThat(declared).as("package-info of %s", module.getIdentifier()).isNotNull();
			assertThat(declared.allowedDependencies()).as("allowedDependencies of %s", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void onlyWorkflowAndIdentityImportCamunda() {
		ONLY_WORKFLOW_AND_IDENTITY_IMPORT_CAMUNDA
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("id.pengaduan"));
	}

	/** The rule bites: a class of ours outside the two modules that uses Camunda. */
	@Test
	void theCamundaRuleRefusesAnImportOutsideTheTwoModules() {
		JavaClasses breach = new ClassFileImporter().importClasses(CamundaOutsideItsModules.class);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ONLY_WORKFLOW_AND_IDENTITY_IMPORT_CAMUNDA.check(breach))
			.withMessageContaining("CamundaOutsideItsModules");
	}

	private static Class<?> packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info");
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("No package-info.java in " + packageName, ex);
		}
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	/** Lives in the root package, outside workflow and identity. */
	static final class CamundaOutsideItsModules {

		Object engine(org.camunda.bpm.engine.ProcessEngine engine) {
			return engine.getName();
		}

	}

}
