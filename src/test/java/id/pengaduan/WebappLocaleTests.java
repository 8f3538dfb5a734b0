package id.pengaduan;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Indonesian Tasklist and Welcome page hold every text of the English files that the
 * Camunda webapp jar on the classpath ships: a Camunda update that adds a label fails
 * here instead of showing the bare key to an officer.
 */
class WebappLocaleTests {

	private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

	private static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome" })
	void indonesianHasEveryKeyOfTheShippedEnglish(String app) throws IOException {
		JsonNode english = read(app, "en", "camunda-webapp-webjar");
		JsonNode indonesian = read(app, "id", "classes");

		assertThat(paths(indonesian, "")).containsAll(paths(english, ""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome" })
	void indonesianLabelsAreTranslated(String app) throws IOException {
		JsonNode english = read(app, "en", "camunda-webapp-webjar").get("labels");
		JsonNode indonesian = read(app, "id", "classes").get("labels");
		List<String> untranslated = new ArrayList<>();
		// Words that read the same in both languages: names, symbols, Java types.
		List<String> same = List.of("Admin", "Cockpit", "Camunda", "Diagram", "Operator", "Label", "Boolean", "Integer",
				"Long", "Double", "Short", "String", "<", "<=", ">", ">=", "");
		for (Iterator<Map.Entry<String, JsonNode>> fields = english.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String text = indonesian.path(field.getKey()).asText();
			if (text.equals(field.getValue().asText()) && !same.contains(text)) {
				untranslated.add(field.getKey());
			}
		}
		assertThat(untranslated).isEmpty();
	}

	/**
	 * Reads the file from the jar (or our classes) whose location contains {@code from}.
	 */
	private static JsonNode read(String app, String language, String from) throws IOException {
		String name = LOCALES.formatted(app, language);
		URL found = null;
		for (URL url : java.util.Collections.list(WebappLocaleTests.class.getClassLoader().getResources(name))) {
			if (url.toString().contains(from)) {
				found = url;
			}
		}
		assertThat(found).as("%s in %s", name, from).isNotNull();
		try (InputStream in = found.openStream()) {
			// Camunda's files start with a byte-order mark.
			String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
			return JSON.readTree(text);
		}
	}

	/**
	 * Every key path of an object, e.g. {@code labels.CLAIM_TASK}; arrays count as
	 * leaves.
	 */
	private static List<String> paths(JsonNode node, String prefix) {
		List<String> paths = new ArrayList<>();
		if (!node.isObject()) {
			paths.add(prefix);
			return paths;
		}
		node.fields()
			.forEachRemaining((field) -> paths
				.addAll(paths(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey())));
		return paths;
	}

}
