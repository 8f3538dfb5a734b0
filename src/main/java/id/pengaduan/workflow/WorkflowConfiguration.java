package id.pengaduan.workflow;

import java.time.Clock;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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
