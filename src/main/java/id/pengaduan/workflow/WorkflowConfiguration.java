package id.pengaduan.workflow;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

	@Bean
	Clock clock() {
		return new EngineClock(ZoneOffset.UTC);
	}

	/**
	 * Each node's job executor signs the jobs it locks with the host and process id
	 * ({@code ACT_RU_JOB.LOCK_OWNER_}, shown in Cockpit), instead of a random UUID: with
	 * two nodes an operator sees which node holds a job. The random tail keeps two nodes
	 * apart even when a container's host name and process id repeat.
	 */
	@Bean
	ProcessEnginePlugin jobLockOwner() {
		return new AbstractProcessEnginePlugin() {
			@Override
			public void postInit(ProcessEngineConfigurationImpl configuration) {
				if (configuration.getJobExecutor() != null) {
					String host = Objects.requireNonNullElse(System.getenv("HOSTNAME"), "node");
					configuration.getJobExecutor()
						.setLockOwner(host + ":" + ProcessHandle.current().pid() + ":"
								+ UUID.randomUUID().toString().substring(0, 8));
				}
			}
		};
	}

	/**
	 * On both ways into the engine's task API, after Spring Security and after the
	 * Camunda filters that tell the engine who is calling (identity module, order + 1).
	 */
	@Bean
	FilterRegistrationBean<TaskCompletionFilter> taskCompletionFilter(TaskService tasks, FormService forms,
			IdentityService identity, ObjectMapper json, MessageSource messages) {
		FilterRegistrationBean<TaskCompletionFilter> registration = new FilterRegistrationBean<>(
				new TaskCompletionFilter(tasks, forms, identity, json, messages));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

}
