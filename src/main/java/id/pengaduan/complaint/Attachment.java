package id.pengaduan.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * Metadata of an attached file; the bytes are kept by the storage that {@code storageKey}
 * names.
 *
 * @param fileName the neutral name everybody sees ({@code lampiran-1.jpg}): a citizen's
 * own file name may carry his name or NIK ({@code KTP_<name>_<NIK>.jpg})
 * @param originalName the name the citizen's device gave it, for the complaint unit's
 * verifiers only, encrypted at rest like the complainant's identity
 */
@Embeddable
public record Attachment(@Column(name = "file_name") String fileName, @Column(name = "media_type") String mediaType,
		@Column(name = "size_bytes") long sizeBytes, @Column(name = "sha256") String sha256,
		@Column(name = "storage_key") String storageKey,
		@Column(name = "original_name") @Convert(converter = PersonalDataConverter.class) String originalName) {

	@Override
	public String toString() {
		return "Attachment[" + this.fileName + ", " + this.mediaType + ", " + this.sizeBytes + " bytes]";
	}

}
