package id.pengaduan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our pages run under a Content-Security-Policy without 'unsafe-inline': no inline
 * script, no event-handler attribute, no style attribute in any template.
 */
class TemplatesTests {

	static final Pattern INLINE = Pattern.compile(
			"<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+=\"|\\sstyle=\"|<style|javascript:", Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasInlineScriptOrStyle() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = files.filter((file) -> file.toString().endsWith(".html"))
				.filter((file) -> INLINE.matcher(read(file)).find())
				.map(Path::toString)
				.toList();

			assertThat(offenders).isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
