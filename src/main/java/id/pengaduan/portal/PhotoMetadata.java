package id.pengaduan.portal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Removes what a photo says about who took it and where (EXIF with GPS position and
 * camera owner, XMP, IPTC, text chunks, comments) before it is stored: staff of the SKPD
 * open attachments, and an anonymous complainant must stay anonymous to them. A file that
 * cannot be parsed is refused rather than stored unstripped.
 */
final class PhotoMetadata {

	/** JPEG segments that carry metadata: APP1 (EXIF, XMP), APP13 (IPTC), COM. */
	private static final Set<Integer> JPEG_METADATA = Set.of(0xE1, 0xED, 0xFE);

	/** PNG chunks that carry metadata. */
	private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

	private PhotoMetadata() {
	}

	/**
	 * The file without metadata; PDFs are kept as they are. Empty when a photo is
	 * malformed.
	 */
	static Optional<byte[]> strip(WebIntake.FileType type, byte[] content) {
		return switch (type) {
			case JPEG -> jpeg(content);
			case PNG -> png(content);
			case PDF -> Optional.of(content);
		};
	}

	private static Optional<byte[]> jpeg(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 2);
		int pos = 2;
		while (pos + 1 < in.length) {
			if ((in[pos] & 0xFF) != 0xFF) {
				return Optional.empty();
			}
			int marker = in[pos + 1] & 0xFF;
			if (marker == 0xFF) {
				pos++;
				continue;
			}
			if (marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
				out.write(in, pos, 2);
				pos += 2;
				continue;
			}
			if (pos + 3 >= in.length) {
				return Optional.empty();
			}
			int length = ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
			if (length < 2 || pos + 2 + length > in.length) {
				return Optional.empty();
			}
			if (marker == 0xDA) {
				// Start of scan: the image data runs to the end of the file.
				out.write(in, pos, in.length - pos);
				return Optional.of(out.toByteArray());
			}
			if (!JPEG_METADATA.contains(marker)) {
				out.write(in, pos, 2 + length);
			}
			pos += 2 + length;
		}
		return Optional.of(out.toByteArray());
	}

	private static Optional<byte[]> png(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int pos = 8;
		while (pos + 12 <= in.length) {
			long length = ((in[pos] & 0xFFL) << 24) | ((in[pos + 1] & 0xFF) << 16) | ((in[pos + 2] & 0xFF) << 8)
					| (in[pos + 3] & 0xFF);
			if (length > in.length - pos - 12) {
				return Optional.empty();
			}
			String chunk = new String(in, pos + 4, 4, StandardCharsets.US_ASCII);
			int size = (int) length + 12;
			if (!PNG_METADATA.contains(chunk)) {
				out.write(in, pos, size);
			}
			pos += size;
			if (chunk.equals("IEND")) {
				return Optional.of(out.toByteArray());
			}
		}
		return Optional.empty();
	}

}
