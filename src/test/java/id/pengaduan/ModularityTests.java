package id.pengaduan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph of docs/architecture.md: no cycles, no reaching into another module's
 * internals.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PengaduanApplication.class);

	@Test
	void modulesOnlyUseEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
