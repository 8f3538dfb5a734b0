package id.pengaduan.workflow;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

	@Bean
	Clock clock() {
		return new EngineClock(ZoneOffset.UTC);
	}

}
