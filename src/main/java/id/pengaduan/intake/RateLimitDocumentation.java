package id.pengaduan.intake;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every operation of the citizen API may answer 429 ({@link RateLimits}); the OpenAPI
 * description says so, with its {@code Retry-After}, so that a client written against it
 * waits instead of retrying at once.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitDocumentation {

	@Bean
	OpenApiCustomizer rateLimitResponses() {
		return (openApi) -> openApi.getPaths()
			.forEach((path, item) -> item.readOperations()
				.forEach((operation) -> operation.getResponses().addApiResponse("429", tooManyRequests())));
	}

	private static ApiResponse tooManyRequests() {
		return new ApiResponse()
			.description("Too many requests from this address, or too many wrong access codes for this tracking number")
			.addHeaderObject("Retry-After",
					new Header().description("Seconds to wait before the next try").schema(new IntegerSchema()))
			.content(
					new Content().addMediaType("application/problem+json", new MediaType().schema(new ObjectSchema())));
	}

}
