package id.pengaduan.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.pengaduan.complaint.Attachment;
import id.pengaduan.complaint.AttachmentContents;
import id.pengaduan.intake.ComplaintIntake;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web form's way into {@link ComplaintIntake}: checks attached files by their
 * content, and stores their bytes together with the complaint in one transaction, so
 * there is never a complaint that names a missing file, nor a file without its complaint.
 */
@Service
class WebIntake {

	private final ComplaintIntake intake;

	private final AttachmentContents contents;

	private final PortalProperties properties;

	private final Clock clock;

	WebIntake(ComplaintIntake intake, AttachmentContents contents, PortalProperties properties, Clock clock) {
		this.intake = intake;
		this.contents = contents;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The files the citizen chose, each recognised by its first bytes; what is refused is
	 * rejected on {@code attachments} in {@code errors}.
	 */
	List<Upload> inspect(List<MultipartFile> files, Errors errors) {
		List<MultipartFile> chosen = (files != null) ? files.stream().filter((file) -> !file.isEmpty()).toList()
				: List.of();
		if (chosen.size() > this.properties.attachmentMaxCount()) {
			errors.rejectValue("attachments", "portal.validation.attachment.count",
					new Object[] { this.properties.attachmentMaxCount() }, null);
			return List.of();
		}
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : chosen) {
			String name = originalName(file.getOriginalFilename(), uploads.size() + 1);
			if (file.getSize() > this.properties.attachmentMaxSize().toBytes()) {
				errors.rejectValue("attachments", "portal.validation.attachment.size",
						new Object[] { name, this.properties.attachmentMaxSize().toMegabytes() }, null);
				continue;
			}
			byte[] content = bytes(file);
			Optional<FileType> type = FileType.of(content);
			if (type.isEmpty()) {
				errors.rejectValue("attachments", "portal.validation.attachment.type", new Object[] { name }, null);
				continue;
			}
			AttachmentMetadata.Cleaned cleaned = AttachmentMetadata.clean(type.get(), content,
					this.properties.attachmentMaxPixels());
			if (cleaned.refused()) {
				if (cleaned.problem() == AttachmentMetadata.Problem.TOO_MANY_PIXELS) {
					errors.rejectValue("attachments", "portal.validation.attachment.pixels",
							new Object[] { name, this.properties.attachmentMaxPixels() / 1_000_000 }, null);
				}
				else {
					errors.rejectValue("attachments", "portal.validation.attachment.type", new Object[] { name }, null);
				}
				continue;
			}
			uploads.add(new Upload(name, type.get(), cleaned.content(), uploads.size() + 1));
		}
		return uploads;
	}

	@Transactional
	ComplaintIntake.Receipt submit(ComplaintForm form, List<Upload> uploads) {
		List<Attachment> attachments = uploads.stream().map(this::store).toList();
		// The language the page was shown in: his messages speak it.
		return this.intake.submit(form.toSubmission(attachments, LocaleContextHolder.getLocale().getLanguage()));
	}

	Optional<byte[]> content(String storageKey) {
		return this.contents.content(storageKey);
	}

	private Attachment store(Upload upload) {
		String key = "portal/" + UUID.randomUUID();
		this.contents.store(key, upload.content(), this.clock.instant());
		return new Attachment(upload.neutralName(), upload.type().mediaType(), upload.content().length,
				sha256(upload.content()), key, upload.fileName());
	}

	/**
	 * The citizen's own name of the file, without any path, control characters or excess
	 * length; shown to him in error messages and kept for the verifier.
	 */
	static String originalName(String original, int position) {
		String name = (original != null) ? original.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return "lampiran-" + position;
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a citizen may attach: photos and PDF, told apart by their signature bytes,
	 * never by the file's name or the type the browser declared.
	 */
	enum FileType {

		JPEG("image/jpeg", "jpg", 0xFF, 0xD8, 0xFF),
		PNG("image/png", "png", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
		PDF("application/pdf", "pdf", '%', 'P', 'D', 'F', '-');

		private final String mediaType;

		private final String extension;

		private final byte[] signature;

		FileType(String mediaType, String extension, int... signature) {
			this.mediaType = mediaType;
			this.extension = extension;
			this.signature = new byte[signature.length];
			for (int i = 0; i < signature.length; i++) {
				this.signature[i] = (byte) signature[i];
			}
		}

		String mediaType() {
			return this.mediaType;
		}

		String extension() {
			return this.extension;
		}

		static Optional<FileType> of(byte[] content) {
			return Arrays.stream(values())
				.filter((type) -> content.length > type.signature.length
						&& Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
				.findFirst();
		}

	}

	/** An accepted file, held until the complaint is stored. */
	record Upload(String fileName, FileType type, byte[] content, int position) {

		/**
		 * What staff and the tracking page see: the position and the type, nothing else.
		 */
		String neutralName() {
			return "lampiran-" + this.position + "." + this.type.extension();
		}

		@Override
		public String toString() {
			return "Upload[" + this.fileName + ", " + this.type + ", " + this.content.length + " bytes]";
		}

	}

}
