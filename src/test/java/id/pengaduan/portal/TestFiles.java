package id.pengaduan.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Real files for upload tests, made on the spot. */
final class TestFiles {

	private TestFiles() {
	}

	/** A small picture of a closed counter: a real PNG or JPEG ({@code format}). */
	static byte[] photo(String format) {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xE8, 0xEE, 0xF4));
		graphics.fillRect(0, 0, 320, 200);
		graphics.setColor(new Color(0x0B, 0x5C, 0xAD));
		graphics.fillRect(40, 40, 240, 120);
		graphics.setColor(Color.WHITE);
		graphics.drawString("LOKET TUTUP", 120, 105);
		graphics.dispose();
		return encode(image, format);
	}

	/** {@code image} as a file of {@code format} ("png", "jpg"). */
	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] text(String content) {
		return content.getBytes(StandardCharsets.UTF_8);
	}

}
