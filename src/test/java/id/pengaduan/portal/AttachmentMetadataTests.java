package id.pengaduan.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attachment says about its maker is gone before staff can download it; the
 * picture and the pages stay.
 */
class AttachmentMetadataTests {

	static final String SECRET = "Wulan Sari";

	static final long LIMIT = 50_000_000;

	@Test
	void aPhoneJpegKeepsNoSegmentOfItsOwnNorItsSecondImage() {
		byte[] photo = TestFiles.photo("jpg");
		byte[] exif = segment(0xE1, exif(1, SECRET));
		byte[] xmp = segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + SECRET + "</x:xmpmeta>")
			.getBytes(StandardCharsets.US_ASCII));
		byte[] mpf = segment(0xE2, "MPF\0 second image follows".getBytes(StandardCharsets.US_ASCII));
		byte[] iptc = segment(0xED, ("Photoshop 3.0\0" + SECRET).getBytes(StandardCharsets.US_ASCII));
		// A phone's second image (MPF) sits after the first one's end, with EXIF of its
		// own.
		byte[] second = concat(slice(photo, 0, 2), segment(0xE1, exif(1, "GPS -6.9932 110.4203")),
				slice(photo, 2, photo.length));
		byte[] tagged = concat(slice(photo, 0, 2), exif, xmp, mpf, iptc, slice(photo, 2, photo.length), second);

		AttachmentMetadata.Cleaned cleaned = AttachmentMetadata.clean(WebIntake.FileType.JPEG, tagged, LIMIT);

		assertThat(cleaned.refused()).isFalse();
		String text = new String(cleaned.content(), StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Wulan").doesNotContain("GPS").doesNotContain("Exif").doesNotContain("MPF");
		assertThat(markersBeforeScan(cleaned.content())).noneMatch((marker) -> marker >= 0xE1 && marker <= 0xEF)
			.doesNotContain(0xFE);
		assertThat(size(cleaned.content())).isEqualTo("320x200");
	}

	@Test
	void aPhotoTakenSidewaysIsStoredUpright() {
		BufferedImage picture = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 320, 200);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, 40, 40);
		graphics.dispose();
		byte[] photo = TestFiles.encode(picture, "jpg");
		// Orientation 6: the camera was turned; the picture must be turned 90 degrees
		// clockwise to stand upright.
		byte[] sideways = concat(slice(photo, 0, 2), segment(0xE1, exif(6, "x")), slice(photo, 2, photo.length));

		byte[] cleaned = AttachmentMetadata.clean(WebIntake.FileType.JPEG, sideways, LIMIT).content();

		BufferedImage upright = decode(cleaned);
		assertThat(upright.getWidth() + "x" + upright.getHeight()).isEqualTo("200x320");
		Color topRight = new Color(upright.getRGB(185, 15));
		Color topLeft = new Color(upright.getRGB(15, 15));
		assertThat(topRight.getRed()).isGreaterThan(200);
		assertThat(topRight.getGreen()).isLessThan(80);
		assertThat(topLeft.getGreen()).isGreaterThan(200);
	}

	@Test
	void aPngLosesItsTextChunksAndKeepsEveryPixel() {
		byte[] photo = TestFiles.photo("png");
		byte[] text = chunk("tEXt", ("Author\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
		byte[] tagged = concat(slice(photo, 0, 33), text, slice(photo, 33, photo.length));

		byte[] cleaned = AttachmentMetadata.clean(WebIntake.FileType.PNG, tagged, LIMIT).content();

		assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Wulan").doesNotContain("tEXt");
		assertThat(pixels(cleaned)).isEqualTo(pixels(photo));
	}

	@Test
	void aPictureWithTooManyPixelsIsRefusedBeforeItIsDecoded() {
		// 20000 x 20000 would take 1.6 GB to decode; its header alone says so.
		byte[] bomb = png(20_000, 20_000);

		AttachmentMetadata.Cleaned cleaned = AttachmentMetadata.clean(WebIntake.FileType.PNG, bomb, LIMIT);

		assertThat(cleaned.problem()).isEqualTo(AttachmentMetadata.Problem.TOO_MANY_PIXELS);
	}

	@Test
	void aPdfLosesItsAuthorAndXmpAndKeepsItsPages() throws IOException {
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.addPage(new PDPage());
			PDDocumentInformation info = new PDDocumentInformation();
			info.setAuthor(SECRET);
			info.setTitle("KTP " + SECRET);
			document.setDocumentInformation(info);
			PDMetadata xmp = new PDMetadata(document);
			xmp.importXMPMetadata(("<x:xmpmeta><dc:creator>" + SECRET + "</dc:creator></x:xmpmeta>")
				.getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(xmp);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			pdf = out.toByteArray();
		}

		byte[] cleaned = AttachmentMetadata.clean(WebIntake.FileType.PDF, pdf, LIMIT).content();

		try (PDDocument document = Loader.loadPDF(cleaned)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(document.getDocumentInformation().getAuthor()).isNull();
			assertThat(document.getDocumentInformation().getTitle()).isNull();
			assertThat(document.getDocumentCatalog().getMetadata()).isNull();
		}
		assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Wulan");
	}

	@Test
	void refusesAFileItCannotParse() {
		byte[] truncated = slice(TestFiles.photo("png"), 0, 40);

		assertThat(AttachmentMetadata.clean(WebIntake.FileType.PNG, truncated, LIMIT).problem())
			.isEqualTo(AttachmentMetadata.Problem.MALFORMED);
		assertThat(AttachmentMetadata
			.clean(WebIntake.FileType.JPEG, new byte[] { (byte) 0xFF, (byte) 0xD8, 0x12, 0x34 }, LIMIT)
			.problem()).isEqualTo(AttachmentMetadata.Problem.MALFORMED);
		assertThat(AttachmentMetadata
			.clean(WebIntake.FileType.PDF, "%PDF-1.4 nothing else".getBytes(StandardCharsets.US_ASCII), LIMIT)
			.problem()).isEqualTo(AttachmentMetadata.Problem.MALFORMED);
	}

	/** An EXIF APP1 payload (big-endian TIFF) with an orientation and an Artist tag. */
	private static byte[] exif(int orientation, String artist) {
		byte[] name = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + name.length);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x013B).putShort((short) 2).putInt(name.length).putInt(8 + 2 + 24 + 4);
		tiff.putInt(0);
		tiff.put(name);
		return concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
	}

	/** A PNG whose header claims {@code width} x {@code height} with hardly any data. */
	private static byte[] png(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
		header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[1024]);
		deflater.finish();
		byte[] data = new byte[2048];
		int length = deflater.deflate(data);
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, chunk("IHDR", header.array()),
				chunk("IDAT", slice(data, 0, length)), chunk("IEND", new byte[0]));
	}

	private static List<Integer> markersBeforeScan(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int pos = 2;
		while (pos + 3 < jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
			int marker = jpeg[pos + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
		}
		return markers;
	}

	private static String size(byte[] image) {
		BufferedImage decoded = decode(image);
		return decoded.getWidth() + "x" + decoded.getHeight();
	}

	private static int[] pixels(byte[] image) {
		BufferedImage decoded = decode(image);
		return decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
	}

	private static BufferedImage decode(byte[] image) {
		try {
			return ImageIO.read(new ByteArrayInputStream(image));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
