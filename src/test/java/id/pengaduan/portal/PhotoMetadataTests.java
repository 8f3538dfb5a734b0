package id.pengaduan.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a photo says about its maker is gone before staff can download it; the picture
 * itself stays.
 */
class PhotoMetadataTests {

	static final String SECRET = "GPS -6.9932 110.4203 Wulan Sari";

	@Test
	void removesExifAndCommentsFromAJpegAndKeepsThePicture() throws IOException {
		byte[] original = TestFiles.photo("jpg");
		byte[] exif = segment(0xE1, ("Exif\0\0" + SECRET).getBytes(StandardCharsets.US_ASCII));
		byte[] comment = segment(0xFE, SECRET.getBytes(StandardCharsets.US_ASCII));
		byte[] tagged = concat(slice(original, 0, 2), exif, comment, slice(original, 2, original.length));

		byte[] stripped = PhotoMetadata.strip(WebIntake.FileType.JPEG, tagged).orElseThrow();

		assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Wulan").doesNotContain("Exif");
		assertThat(size(stripped)).isEqualTo(size(original));
	}

	@Test
	void removesTextChunksFromAPngAndKeepsThePicture() throws IOException {
		byte[] original = TestFiles.photo("png");
		// After the signature (8) and the IHDR chunk (25): an Author text chunk.
		byte[] text = chunk("tEXt", ("Author\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
		byte[] tagged = concat(slice(original, 0, 33), text, slice(original, 33, original.length));
		assertThat(size(tagged)).isEqualTo(size(original));

		byte[] stripped = PhotoMetadata.strip(WebIntake.FileType.PNG, tagged).orElseThrow();

		assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Wulan");
		assertThat(stripped).isEqualTo(original);
	}

	@Test
	void refusesAPhotoItCannotParse() {
		byte[] truncated = slice(TestFiles.photo("png"), 0, 40);

		assertThat(PhotoMetadata.strip(WebIntake.FileType.PNG, truncated)).isEmpty();
		assertThat(PhotoMetadata.strip(WebIntake.FileType.JPEG, new byte[] { (byte) 0xFF, (byte) 0xD8, 0x12, 0x34 }))
			.isEmpty();
	}

	private static String size(byte[] image) throws IOException {
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
		return decoded.getWidth() + "x" + decoded.getHeight();
	}

	private static byte[] segment(int marker, byte[] data) {
		int length = data.length + 2;
		return concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length }, data);
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeBytes, data,
				ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		return java.util.Arrays.copyOfRange(bytes, from, to);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
