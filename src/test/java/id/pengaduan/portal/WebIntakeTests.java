package id.pengaduan.portal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebIntakeTests {

	@Test
	void photosAndPdfAreRecognisedByTheirFirstBytes() {
		assertThat(WebIntake.FileType.of(TestFiles.photo("jpg"))).hasValue(WebIntake.FileType.JPEG);
		assertThat(WebIntake.FileType.of(TestFiles.photo("png"))).hasValue(WebIntake.FileType.PNG);
		assertThat(WebIntake.FileType.of(TestFiles.pdf())).hasValue(WebIntake.FileType.PDF);
		assertThat(WebIntake.FileType.PNG.mediaType()).isEqualTo("image/png");
	}

	@Test
	void anythingElseIsNotAnAttachment() {
		assertThat(WebIntake.FileType.of("bukan foto".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(WebIntake.FileType.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		// An HTML page that starts like a PDF's name is still not a PDF.
		assertThat(WebIntake.FileType.of("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(WebIntake.FileType.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(WebIntake.FileType.of(new byte[0])).isEmpty();
	}

	@Test
	void fileNamesLoseTheirPathAndControlCharacters() {
		assertThat(WebIntake.originalName("C:\\Users\\wulan\\Foto loket.jpg", 1)).isEqualTo("Foto loket.jpg");
		assertThat(WebIntake.originalName("../../etc/passwd", 1)).isEqualTo("passwd");
		assertThat(WebIntake.originalName("a\nb\u0000.png", 1)).isEqualTo("ab.png");
		assertThat(WebIntake.originalName("", 2)).isEqualTo("lampiran-2");
		assertThat(WebIntake.originalName("x".repeat(300) + ".pdf", 1)).hasSize(200).endsWith(".pdf");
	}

}
