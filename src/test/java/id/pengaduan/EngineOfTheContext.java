package id.pengaduan;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the test's own Spring context the JVM's "default" engine before
 * each test. Camunda's REST API and webapps find their engine by name in the static
 * {@link ProcessEngines} registry, and every test context (each with its own in-memory H2
 * database) registers an engine of the same name: a cached context reused after another
 * started would answer {@code /engine-rest} from the other context's database. Production
 * has one context, so this is a test matter only. Registered in
 * {@code META-INF/spring.factories}.
 */
class EngineOfTheContext implements TestExecutionListener {

	@Override
	public void prepareTestInstance(TestContext testContext) {
		testContext.getApplicationContext()
			.getBeanProvider(ProcessEngine.class)
			.ifAvailable(ProcessEngines::registerProcessEngine);
	}

}
