package id.pengaduan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.DeadlineKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indonesian first, English second: both bundles hold the same keys, and pages hold no
 * text of their own.
 */
class MessageBundleTests {

	@Test
	void indonesianAndEnglishHaveTheSameKeys() throws IOException {
		for (String bundle : LocaleConfiguration.BUNDLES) {
			assertThat(load(bundle + "_en.properties").stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(load(bundle + "_id.properties").stringPropertyNames());
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		java.util.Map<String, String> owner = new java.util.HashMap<>();
		for (String bundle : LocaleConfiguration.BUNDLES) {
			for (String key : load(bundle + "_id.properties").stringPropertyNames()) {
				assertThat(owner.put(key, bundle)).as("%s in %s and %s", key, owner.get(key), bundle).isNull();
			}
		}
	}

	@Test
	void everyStateCategoryAndDeadlineHasALabel() throws IOException {
		Properties id = load("messages_id.properties");
		Stream.of(ComplaintState.values()).forEach((state) -> assertThat(id).containsKey("state." + state));
		Stream.of(Category.values()).forEach((category) -> assertThat(id).containsKey("category." + category));
		Stream.of(DeadlineKind.values()).forEach((kind) -> assertThat(id).containsKey("deadline." + kind));
	}

	@Test
	void historyEventsUsedByTheAggregateHaveLabels() throws IOException {
		Properties id = load("messages_id.properties");
		String source = Files.readString(Path.of("src/main/java/id/pengaduan/complaint/Complaint.java"));
		Matcher keys = Pattern.compile("\"(history\\.[A-Z_]+)\"").matcher(source);
		List<String> found = new ArrayList<>();
		while (keys.find()) {
			found.add(keys.group(1));
		}
		assertThat(found).isNotEmpty().allSatisfy((key) -> assertThat(id).containsKey(key));
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		// Text between tags must come from th:text; the placeholder inside such a tag is
		// replaced at render time.
		Pattern textNode = Pattern.compile("<([a-zA-Z0-9]+)([^>]*)>([^<]*\\p{L}{2,}[^<]*)<");
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = textNode.matcher(Files.readString(template));
				while (matcher.find()) {
					assertThat(matcher.group(2)).as("text '%s' in %s", matcher.group(3).strip(), template)
						.containsAnyOf("th:text", "th:utext");
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
