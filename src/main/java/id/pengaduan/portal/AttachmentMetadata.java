package id.pengaduan.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Removes everything an attachment says besides its picture or its pages, before it is
 * stored: staff of the SKPD open attachments, and an anonymous complainant must stay
 * anonymous to them.
 * <ul>
 * <li>Photos are decoded and encoded again from their pixels, turned upright by their
 * EXIF orientation first. No segment of the original survives, so neither EXIF (GPS
 * position, camera owner), XMP, IPTC, ICC comments, text chunks nor a phone's second
 * image (MPF) with metadata of its own can reach anybody.</li>
 * <li>PDFs lose their Info dictionary (author, creator, title) and every XMP metadata
 * stream (Apache PDFBox).</li>
 * </ul>
 * A file that cannot be parsed is refused rather than stored as it came; so is a picture
 * with more pixels than the limit, which would take the server's memory to decode.
 */
final class AttachmentMetadata {

	/** Why a file is refused. */
	enum Problem {

		MALFORMED, TOO_MANY_PIXELS

	}

	/** The cleaned bytes, or the problem that refused them. */
	record Cleaned(byte[] content, Problem problem) {

		static Cleaned of(byte[] content) {
			return new Cleaned(content, null);
		}

		static Cleaned refused(Problem problem) {
			return new Cleaned(null, problem);
		}

		boolean refused() {
			return this.problem != null;
		}

	}

	// Phone cameras write JPEG at about this quality; lower would blur small text in a
	// photographed document.
	private static final float JPEG_QUALITY = 0.92f;

	private AttachmentMetadata() {
	}

	static Cleaned clean(WebIntake.FileType type, byte[] content, long maxPixels) {
		try {
			return switch (type) {
				case JPEG, PNG -> image(type, content, maxPixels);
				case PDF -> Cleaned.of(pdf(content));
			};
		}
		catch (IOException | RuntimeException ex) {
			// A broken or hostile file: refused, never stored unclean.
			return Cleaned.refused(Problem.MALFORMED);
		}
	}

	private static Cleaned image(WebIntake.FileType type, byte[] content, long maxPixels) throws IOException {
		BufferedImage decoded;
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Cleaned.refused(Problem.MALFORMED);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				// The header alone says how large the decoded picture would be.
				if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
					return Cleaned.refused(Problem.TOO_MANY_PIXELS);
				}
				decoded = reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		BufferedImage upright = upright(decoded, orientation(content), type == WebIntake.FileType.PNG);
		return Cleaned.of((type == WebIntake.FileType.JPEG) ? jpeg(upright) : png(upright));
	}

	/** EXIF orientation 1 to 8; 1 (as stored) when the photo has none. */
	private static int orientation(byte[] content) {
		try {
			ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content))
				.getFirstDirectoryOfType(ExifIFD0Directory.class);
			return (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION))
					? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION) : 1;
		}
		catch (ImageProcessingException | MetadataException | IOException ex) {
			return 1;
		}
	}

	/**
	 * A copy of the pixels turned as EXIF orientation {@code orientation} says the camera
	 * held it (TIFF 6.0 tag 274).
	 */
	static BufferedImage upright(BufferedImage source, int orientation, boolean alpha) {
		int w = source.getWidth();
		int h = source.getHeight();
		boolean swapped = orientation >= 5 && orientation <= 8;
		BufferedImage target = new BufferedImage(swapped ? h : w, swapped ? w : h,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			source.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				int argb = alpha ? row[x] : (row[x] | 0xFF000000);
				switch (orientation) {
					case 2 -> target.setRGB(w - 1 - x, y, argb);
					case 3 -> target.setRGB(w - 1 - x, h - 1 - y, argb);
					case 4 -> target.setRGB(x, h - 1 - y, argb);
					case 5 -> target.setRGB(y, x, argb);
					case 6 -> target.setRGB(h - 1 - y, x, argb);
					case 7 -> target.setRGB(h - 1 - y, w - 1 - x, argb);
					case 8 -> target.setRGB(y, w - 1 - x, argb);
					default -> target.setRGB(x, y, argb);
				}
			}
		}
		return target;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	private static byte[] pdf(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				document.setAllSecurityToBeRemoved(true);
			}
			document.setDocumentInformation(new PDDocumentInformation());
			document.getDocumentCatalog().setMetadata(null);
			for (PDPage page : document.getPages()) {
				page.setMetadata(null);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
			document.save(out);
			return out.toByteArray();
		}
	}

}
