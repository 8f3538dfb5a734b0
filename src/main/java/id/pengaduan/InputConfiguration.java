package id.pengaduan;

import java.beans.PropertyEditorSupport;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What every way in refuses before a controller sees it. One rule for text, applied by
 * Jackson to the JSON API and by the data binder to every form field and query parameter
 * of the portal and the staff pages: no NUL character (U+0000), which no person types and
 * PostgreSQL cannot store. JSON is read strictly: no unknown fields, no enum by number,
 * no scalar coerced from another type.
 */
@Configuration(proxyBeanMethods = false)
public class InputConfiguration {

	/** The one text rule, also for task form values (workflow's completion filter). */
	public static boolean isAllowedText(String text) {
		return text == null || text.indexOf('\0') < 0;
	}

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictJson() {
		return (builder) -> builder
			.featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
					DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			// "category": "1" would otherwise still pick an enum by its position.
			.featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.deserializerByType(String.class, new TextDeserializer());
	}

	/**
	 * Strings as Jackson reads them, refused with the field's path when they break the
	 * rule (the API answers 400 naming the field).
	 */
	static class TextDeserializer extends StdScalarDeserializer<String> {

		TextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (!isAllowedText(text)) {
				throw InvalidFormatException.from(parser, "Text contains a NUL character", text, String.class);
			}
			return text;
		}

	}

	/**
	 * Form fields and request parameters: a refused text is a binding error on its field
	 * (message {@code typeMismatch.java.lang.String}), shown beside it; a plain request
	 * parameter answers 400.
	 */
	@ControllerAdvice
	static class TextBinding {

		@InitBinder
		void refuseNul(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

				@Override
				public void setAsText(String text) {
					if (!isAllowedText(text)) {
						throw new IllegalArgumentException("Text contains a NUL character");
					}
					setValue(text);
				}

			});
		}

	}

}
